import type { DetectedType } from '../file-type';
import { InflateBudget } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { containsActiveMarkup } from './markup';
import { isOle, oleHasMacros } from './ole-inspect';
import { inspectPdf } from './pdf-inspect';
import { inspectPng } from './png-inspect';
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

/** Whether the deep checks for this type read the file's structure (so need all its bytes at once). */
export function needsStructureCheck(detected: DetectedType): boolean {
  return (
    detected.mime === 'application/pdf' ||
    detected.mime === 'image/png' ||
    ZIP_TYPES.has(detected.extensions[0])
  );
}

/**
 * Deep checks after the magic-byte detection: active content and polyglots
 * by type. Throws ContentRefusal naming the reason.
 */
export async function inspectContent(
  buf: Buffer,
  detected: DetectedType,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): Promise<void> {
  const budget = new InflateBudget(limits.maxInflatedBytes);
  if (detected.mime === 'application/pdf') return inspectPdf(buf, budget);
  if (detected.mime === 'image/png') return inspectPng(buf, budget);
  if (ZIP_TYPES.has(detected.extensions[0])) {
    await inspectZip(buf, { budget, maxEntries: limits.maxZipEntries });
    return;
  }
  if (detected.image && containsActiveMarkup(buf)) throw new ContentRefusal('EmbeddedMarkup');
}

/** For content whose type was not recognised: a more helpful reason than "type not allowed", when there is one. */
export function refusalForUnknown(buf: Buffer): ContentRefusal | null {
  if (isOle(buf) && oleHasMacros(buf)) return new ContentRefusal('Macros');
  return null;
}
