import { BudgetExceededError, inflateBounded } from './bounded-inflate';
import type { InflateBudget } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { containsActiveMarkup } from './markup';

/**
 * Refuses a PNG/HTML polyglot: markup anywhere in the raw bytes (text
 * chunks, trailing data after IEND, the first bytes a browser sniffs) or in
 * compressed text chunks (zTXt, iTXt), which are inflated within the budget.
 */
export async function inspectPng(buf: Buffer, budget: InflateBudget): Promise<void> {
  if (containsActiveMarkup(buf)) throw new ContentRefusal('EmbeddedMarkup');
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > buf.length) break;
    const data = buf.subarray(dataStart, dataEnd);
    let compressed: Buffer | null = null;
    if (type === 'zTXt') {
      const nul = data.indexOf(0);
      if (nul >= 0) compressed = data.subarray(nul + 2);
    } else if (type === 'iTXt') {
      const nul = data.indexOf(0);
      if (nul >= 0 && data[nul + 1] === 1) {
        const lang = data.indexOf(0, nul + 3);
        const key = lang >= 0 ? data.indexOf(0, lang + 1) : -1;
        if (key >= 0) compressed = data.subarray(key + 1);
      }
    }
    if (compressed) {
      try {
        if (containsActiveMarkup(await inflateBounded(compressed, budget, 'zlib')))
          throw new ContentRefusal('EmbeddedMarkup');
      } catch (error) {
        if (error instanceof ContentRefusal) throw error;
        if (error instanceof BudgetExceededError) throw new ContentRefusal('ArchiveTooLarge');
        // A damaged text chunk is ignored by viewers too.
      }
    }
    if (type === 'IEND') break;
    at = dataEnd + 4;
  }
}
