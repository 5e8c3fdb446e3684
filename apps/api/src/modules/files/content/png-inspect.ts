import { BudgetExceededError, inflateInto, isInflateError } from './bounded-inflate';
import type { InflateBudget } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { activeMarkupScan, sourceHasActiveMarkup } from './markup';
import type { RandomAccessSource } from './random-access-source';
import { SourceReader } from './source-reader';

const NUL = Buffer.from([0]);
const TEXT_CHUNKS = new Set(['zTXt', 'iTXt']);

/**
 * Where the compressed text of a zTXt or iTXt chunk starts (its data runs
 * from `start` to `end`), or null for an uncompressed one.
 */
async function compressedTextStart(
  reader: SourceReader,
  type: string,
  start: number,
  end: number,
): Promise<number | null> {
  const nul = await reader.indexOf(NUL, start, end);
  if (nul < 0) return null;
  if (type === 'zTXt') return Math.min(nul + 2, end);
  // iTXt: keyword NUL, compression flag (1), method, language NUL, translated keyword NUL, text.
  if (nul + 1 >= end || (await reader.bytes(nul + 1, 1))[0] !== 1) return null;
  const lang = await reader.indexOf(NUL, nul + 3, end);
  const key = lang >= 0 ? await reader.indexOf(NUL, lang + 1, end) : -1;
  return key >= 0 ? key + 1 : null;
}

/** Whether compressed text inflates to markup; a damaged chunk counts as none (viewers ignore it too). */
async function compressedMarkup(
  reader: SourceReader,
  start: number,
  end: number,
  budget: InflateBudget,
): Promise<boolean> {
  const markup = activeMarkupScan();
  try {
    await inflateInto(reader.chunks(start, end), budget, 'zlib', {
      push: (chunk) => markup.push(chunk.toString('latin1')),
    });
  } catch (error) {
    if (error instanceof BudgetExceededError) throw new ContentRefusal('ArchiveTooLarge');
    if (isInflateError(error)) return false;
    throw error;
  }
  return markup.found;
}

/**
 * Refuses a PNG/HTML polyglot: markup anywhere in the raw bytes (text
 * chunks, trailing data after IEND, the first bytes a browser sniffs) or in
 * compressed text chunks (zTXt, iTXt), which are inflated within the budget.
 * The chunks are walked by their headers: only compressed text is read
 * beyond them, one window at a time.
 */
export async function inspectPng(source: RandomAccessSource, budget: InflateBudget): Promise<void> {
  const reader = new SourceReader(source);
  if (await sourceHasActiveMarkup(reader)) throw new ContentRefusal('EmbeddedMarkup');
  let at = 8;
  while (at + 12 <= reader.size) {
    const header = reader.cached(at, 8) ?? (await reader.bytes(at, 8));
    const type = header.toString('latin1', 4, 8);
    const dataStart = at + 8;
    const dataEnd = dataStart + header.readUInt32BE(0);
    if (dataEnd + 4 > reader.size) break;
    const text = TEXT_CHUNKS.has(type)
      ? await compressedTextStart(reader, type, dataStart, dataEnd)
      : null;
    if (text !== null && (await compressedMarkup(reader, text, dataEnd, budget)))
      throw new ContentRefusal('EmbeddedMarkup');
    if (type === 'IEND') break;
    at = dataEnd + 4;
  }
}
