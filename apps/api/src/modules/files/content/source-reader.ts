import type { RandomAccessSource } from './random-access-source';

const TEXT_PIECE = 64 * 1024;
/** Ranges this small are served from (and read into) the cache. */
const SMALL_RANGE = 4 * 1024;

/**
 * Reads a source one window at a time, into two reused buffers of one
 * window each (so reading a large file makes no garbage to collect):
 * - a cache for small reads (headers, a few bytes of context; returned as
 *   copies) and for searches, which slide the window along with an overlap
 *   of the needle's length so a needle across a window edge is found;
 * - a scratch buffer for streaming a range in window-sized chunks.
 */
export class SourceReader {
  private cache: Buffer | null = null;
  private cacheStart = 0;
  private cacheLength = 0;
  private scratch: Buffer | null = null;

  constructor(readonly source: RandomAccessSource) {}

  get size(): number {
    return this.source.size;
  }

  get window(): number {
    return this.source.window;
  }

  /** A copy of `length` bytes from `offset` (fewer past the end). */
  async bytes(offset: number, length: number): Promise<Buffer> {
    if (length > this.window) return this.source.read(offset, length);
    const view = await this.view(offset, length);
    return Buffer.from(view.subarray(0, Math.min(length, view.length)));
  }

  /**
   * `length` bytes from `offset` when the cache holds them already, with no
   * read and no copy (valid until the next read), else null.
   */
  cached(offset: number, length: number): Buffer | null {
    if (!this.cache || offset < this.cacheStart) return null;
    const end = offset + length - this.cacheStart;
    return end <= this.cacheLength ? this.cache.subarray(offset - this.cacheStart, end) : null;
  }

  /** [start, end) as Latin-1 text (one character a byte); at most one window. */
  async latin1(start: number, end: number): Promise<string> {
    if (end - start > this.window) return (await this.bytes(start, end - start)).toString('latin1');
    const view = await this.view(start, end - start);
    return view.toString('latin1', 0, Math.min(end - start, view.length));
  }

  /** First start of `needle` in [from, end), or -1. */
  async indexOf(needle: Buffer, from: number, end = this.size): Promise<number> {
    for (let at = Math.max(0, from); at + needle.length <= end;) {
      const view = await this.view(at, needle.length);
      const found = view.subarray(0, end - at).indexOf(needle);
      if (found >= 0) return at + found;
      at += view.length - needle.length + 1;
    }
    return -1;
  }

  /** Last start of `needle` in [from, end), or -1. */
  async lastIndexOf(needle: Buffer, from: number, end: number): Promise<number> {
    for (let hi = end; hi - from >= needle.length; hi -= this.window - needle.length + 1) {
      const lo = Math.max(from, hi - this.window);
      const found = (await this.view(lo, hi - lo)).subarray(0, hi - lo).lastIndexOf(needle);
      if (found >= 0) return lo + found;
      if (lo === from) break;
    }
    return -1;
  }

  /**
   * The bytes of [start, end) in chunks of at most one window, read as they
   * are asked for. Each chunk is valid until the next is asked for (copy
   * what must be kept). A small range comes from the cache (no read when
   * it is already there, as between the objects of a PDF).
   */
  async *chunks(start: number, end: number): AsyncGenerator<Buffer> {
    const stop = Math.min(end, this.size);
    if (stop <= start) return;
    if (stop - start <= SMALL_RANGE) {
      yield await this.bytes(start, stop - start);
      return;
    }
    // Two ranges streamed at once (never done today) each get a buffer.
    const buffer = this.scratch ?? Buffer.allocUnsafe(this.window);
    this.scratch = null;
    try {
      for (let at = start; at < stop;) {
        const chunk = await this.source.read(at, Math.min(this.window, stop - at), buffer);
        if (chunk.length === 0) return;
        at += chunk.length;
        yield chunk;
      }
    } finally {
      this.scratch = buffer;
    }
  }

  /**
   * The bytes of [start, end) as Latin-1 text (one character a byte), in
   * pieces of at most 64 KiB: strings that size live briefly in V8's young
   * generation, where a 1 MiB one would be made an external string that
   * only a full collection frees.
   */
  async *text(start: number, end: number): AsyncGenerator<string> {
    for await (const chunk of this.chunks(start, end))
      for (let at = 0; at < chunk.length; at += TEXT_PIECE)
        yield chunk.toString('latin1', at, Math.min(at + TEXT_PIECE, chunk.length));
  }

  /**
   * The cached bytes from `offset` on, at least `length` of them unless the
   * source ends first (`length` at most one window); reads a window at
   * `offset` into the cache when it does not hold them. Valid until the
   * next read into the cache.
   */
  private async view(offset: number, length: number): Promise<Buffer> {
    const end = Math.min(offset + length, this.size);
    const cached = this.cacheStart + this.cacheLength;
    if (!this.cache || offset < this.cacheStart || end > cached || offset > cached) {
      this.cache ??= Buffer.allocUnsafe(this.window);
      this.cacheStart = offset;
      this.cacheLength = (await this.source.read(offset, this.window, this.cache)).length;
    }
    return this.cache.subarray(offset - this.cacheStart, this.cacheLength);
  }
}
