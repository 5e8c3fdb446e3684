import type { DetectedType } from '../file-type';
import { InflateBudget } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { sourceHasActiveMarkup } from './markup';
import { oleSourceHasMacros } from './ole-inspect';
import { inspectPdf } from './pdf-inspect';
import { inspectPng } from './png-inspect';
import type { RandomAccessSource } from './random-access-source';
import { SourceReader } from './source-reader';
import { inspectZip } from './zip-inspect';

export interface ContentLimits {
  /** Most bytes inflated while checking one upload (ZIP entries, PDF object streams). */
  maxInflatedBytes: number;
  /** Most entries in a ZIP container. */
  maxZipEntries: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  maxInflatedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2000,
};

const ZIP_TYPES = new Set(['docx', 'xlsx', 'pptx']);

/** Whether the deep checks for this type read the file's structure (beyond what was noted while it spooled). */
export function needsStructureCheck(detected: DetectedType): boolean {
  return (
    detected.mime === 'application/pdf' ||
    detected.mime === 'image/png' ||
    ZIP_TYPES.has(detected.extensions[0])
  );
}

/**
 * Deep checks after the magic-byte detection: active content and polyglots
 * by type. Throws ContentRefusal naming the reason. The source is read one
 * window at a time (see RandomAccessSource), never whole.
 */
export async function inspectContent(
  source: RandomAccessSource,
  detected: DetectedType,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): Promise<void> {
  const budget = new InflateBudget(limits.maxInflatedBytes);
  if (detected.mime === 'application/pdf') return inspectPdf(source, budget);
  if (detected.mime === 'image/png') return inspectPng(source, budget);
  if (ZIP_TYPES.has(detected.extensions[0])) {
    await inspectZip(source, { budget, maxEntries: limits.maxZipEntries });
    return;
  }
  if (detected.image && (await sourceHasActiveMarkup(new SourceReader(source))))
    throw new ContentRefusal('EmbeddedMarkup');
}

/** For content whose type was not recognised: a more helpful reason than "type not allowed", when there is one. */
export async function refusalForUnknown(
  source: RandomAccessSource,
): Promise<ContentRefusal | null> {
  return (await oleSourceHasMacros(new SourceReader(source))) ? new ContentRefusal('Macros') : null;
}
