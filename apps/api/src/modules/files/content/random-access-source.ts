import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/** Most bytes the content checks read (or keep) at once from an upload. */
export const READ_WINDOW_BYTES = 1024 * 1024;

/** The smallest read window (the tests use it to put markers across window edges). */
export const MIN_READ_WINDOW_BYTES = 64;

/**
 * Bytes that can be read at any offset: the spooled upload on disk, or a
 * Buffer (unit tests, and a nested ZIP small enough to keep in memory). The
 * checks never ask for the whole thing: they read at most `window` bytes at
 * a time (plus, rarely, one ZIP name or the 64 KiB end-of-ZIP search).
 */
export interface RandomAccessSource {
  readonly size: number;
  /** Most bytes read at once from this source. */
  readonly window: number;
  /**
   * `length` bytes from `offset`; fewer only where the source ends. Read
   * into the start of `into` when given (`length` at most its size), which
   * the result then shares; else into a new Buffer (or a view of a Buffer
   * source: read only).
   */
  read(offset: number, length: number, into?: Buffer): Promise<Buffer>;
}

function checkWindow(window: number): number {
  if (!Number.isInteger(window) || window < MIN_READ_WINDOW_BYTES)
    throw new RangeError(`read window must be an integer of at least ${MIN_READ_WINDOW_BYTES}`);
  return window;
}

const clampedLength = (size: number, offset: number, length: number): number =>
  Math.max(0, Math.min(length, size - offset));

export class BufferSource implements RandomAccessSource {
  readonly size: number;
  readonly window: number;

  constructor(
    private readonly bytes: Buffer,
    window = READ_WINDOW_BYTES,
  ) {
    this.size = bytes.length;
    this.window = checkWindow(window);
  }

  read(offset: number, length: number, into?: Buffer): Promise<Buffer> {
    const start = Math.min(offset, this.size);
    const view = this.bytes.subarray(start, start + clampedLength(this.size, start, length));
    if (!into) return Promise.resolve(view);
    view.copy(into);
    return Promise.resolve(into.subarray(0, view.length));
  }
}

/** A file read by positional reads (never as a whole); close it when done. */
export class FileSource implements RandomAccessSource {
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
    readonly window: number,
  ) {}

  static async open(path: string, window = READ_WINDOW_BYTES): Promise<FileSource> {
    checkWindow(window);
    const handle = await open(path, 'r');
    try {
      return new FileSource(handle, (await handle.stat()).size, window);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async read(offset: number, length: number, into?: Buffer): Promise<Buffer> {
    const want = clampedLength(this.size, offset, length);
    const buf = into ?? Buffer.allocUnsafe(want);
    let filled = 0;
    while (filled < want) {
      const { bytesRead } = await this.handle.read(buf, filled, want - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buf.subarray(0, filled);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** Runs `use` with the file opened as a source, and closes it whatever happens. */
export async function withFileSource<T>(
  path: string,
  use: (source: FileSource) => Promise<T>,
  window = READ_WINDOW_BYTES,
): Promise<T> {
  const source = await FileSource.open(path, window);
  try {
    return await use(source);
  } finally {
    await source.close();
  }
}
