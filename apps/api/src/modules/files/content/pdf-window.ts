import type { SourceReader } from './source-reader';

/** Text this long is one short-lived string in V8's young generation. */
const WINDOW_CHARACTERS = 64 * 1024;

/**
 * A stretch of a PDF as Latin-1 text (one character a byte), for walking its
 * structure without a read for every object: each question is answered
 * from the window when it can be, or with null when the answer lies
 * outside it (the caller then asks the reader, which reads what it needs).
 */
export class PdfWindow {
  start = 0;
  text = '';

  constructor(private readonly reader: SourceReader) {}

  get end(): number {
    return this.start + this.text.length;
  }

  /** Whether the window runs to the end of the file. */
  get last(): boolean {
    return this.end >= this.reader.size;
  }

  async load(from: number): Promise<void> {
    const length = Math.min(WINDOW_CHARACTERS, this.reader.window);
    this.start = from;
    this.text = await this.reader.latin1(from, Math.min(this.reader.size, from + length));
  }

  /** [from, to) when the window holds it. */
  slice(from: number, to: number): string | null {
    if (from < this.start || to > this.end) return null;
    return this.text.slice(from - this.start, to - this.start);
  }

  /** The first `needle` at or after `from`: -1 when the file has none, null when the window cannot tell. */
  indexOf(needle: string, from: number): number | null {
    if (from < this.start) return null;
    const found = this.text.indexOf(needle, from - this.start);
    if (found >= 0) return this.start + found;
    return this.last ? -1 : null;
  }

  /** The last `needle` wholly inside [from, to): -1 when there is none, null when the window does not hold [from, to). */
  lastIndexOf(needle: string, from: number, to: number): number | null {
    if (from < this.start || to > this.end) return null;
    if (to - from < needle.length) return -1;
    const found = this.text.lastIndexOf(needle, to - this.start - needle.length);
    return found >= 0 && this.start + found >= from ? this.start + found : -1;
  }

  /**
   * Moves on when a search from `from` found nothing in the window: to
   * `from` itself, or to where a needle of `length` cut by the window's
   * end would start.
   */
  async advance(from: number, length: number): Promise<void> {
    await this.load(from < this.start ? from : Math.max(from, this.end - length + 1));
  }
}
