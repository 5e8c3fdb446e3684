import { mkdtemp, open, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { BufferSource, FileSource } from './random-access-source';
import type { RandomAccessSource } from './random-access-source';

async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let done = 0; done < chunk.length;)
    done += (await handle.write(chunk, done, chunk.length - done)).bytesWritten;
}

/**
 * Bytes kept for a second, random-access look (a ZIP inside a document,
 * produced by inflating): in memory while they fit in one read window, then
 * in a private temporary file. `write` takes each chunk at once (the
 * inflater's output cannot wait) and queues it for the file; the producer
 * awaits `drain` so no more than about a window waits in memory.
 * `dispose` removes the file.
 */
export class Spill {
  private held: Buffer[] = [];
  /** Bytes held in memory, or queued and not yet on disk. */
  private pending = 0;
  private dir: string | null = null;
  private writer: FileHandle | null = null;
  private reader: FileSource | null = null;
  /** The queue of file writes, in order; a failure surfaces at drain, finish or dispose. */
  private writing: Promise<void> | null = null;

  constructor(private readonly window: number) {}

  /** Takes a copy of `chunk` (the caller may reuse its buffer). */
  write(data: Buffer): void {
    const chunk = Buffer.from(data);
    this.pending += chunk.length;
    if (!this.writing) {
      this.held.push(chunk);
      if (this.pending > this.window) this.queue(this.toFile());
      return;
    }
    this.queue(async () => {
      await writeAll(this.writer as FileHandle, chunk);
      this.pending -= chunk.length;
    });
  }

  /** Resolves once no more than a window is waiting to be written. */
  async drain(): Promise<void> {
    if (this.writing && this.pending > this.window) await this.writing;
  }

  /** What was written, as a source (read with the same window). */
  async finish(): Promise<RandomAccessSource> {
    if (!this.writing) return new BufferSource(Buffer.concat(this.held), this.window);
    await this.writing;
    await this.writer?.close();
    this.writer = null;
    this.reader = await FileSource.open(this.file(), this.window);
    return this.reader;
  }

  async dispose(): Promise<void> {
    await this.writing?.catch(() => undefined);
    await this.writer?.close();
    await this.reader?.close();
    this.writer = null;
    this.reader = null;
    this.held = [];
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private file(): string {
    return path.join(this.dir as string, 'content');
  }

  private toFile(): () => Promise<void> {
    return async () => {
      this.dir = await mkdtemp(path.join(tmpdir(), 'mic-upload-nested-'));
      this.writer = await open(this.file(), 'wx', 0o600);
      const held = this.held;
      this.held = [];
      for (const chunk of held) {
        await writeAll(this.writer, chunk);
        this.pending -= chunk.length;
      }
    };
  }

  private queue(step: () => Promise<void>): void {
    const next = (this.writing ?? Promise.resolve()).then(step);
    // Marked handled here; whoever awaits `writing` next still sees the failure.
    next.catch(() => undefined);
    this.writing = next;
  }
}
