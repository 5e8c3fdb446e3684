import { createInflate, createInflateRaw } from 'node:zlib';

/** Shared output allowance for everything inflated while checking one upload. */
export class InflateBudget {
  constructor(public remaining: number) {}
}

export class BudgetExceededError extends Error {
  constructor() {
    super('inflate budget exceeded');
    this.name = 'BudgetExceededError';
  }
}

/** Whether zlib refused the data (damaged, truncated, not DEFLATE at all). */
export function isInflateError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/** Where inflated bytes go: `push` sees every chunk as it is produced, and must not keep it waiting. */
export interface InflateSink {
  push(chunk: Buffer): void;
  /** Resolves when the sink has room for more (no more input is fed until then). */
  drain?(): Promise<void>;
}

/** Compressed input is fed in slices this big, one at a time. */
const SLICE = 16 * 1024;

/**
 * Inflates `input` (raw DEFLATE for ZIP entries, zlib-wrapped for PDF
 * FlateDecode and PNG text) as a stream into `sink`, counting output as it
 * is produced: the moment the budget is spent the inflater is destroyed and
 * BudgetExceededError thrown, so a bomb never expands past the budget in
 * memory. Input is read only as fast as it is inflated, and fed a slice at
 * a time (the next once the last is inflated and the sink has room), so
 * what is in memory at once is one read window, one slice's output and
 * what the sink keeps. Rejects with zlib's error (isInflateError) for data
 * that is not valid.
 */
export function inflateInto(
  input: AsyncIterable<Buffer> | Iterable<Buffer>,
  budget: InflateBudget,
  format: 'raw' | 'zlib',
  sink: InflateSink,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const inflater = format === 'raw' ? createInflateRaw() : createInflate();
    let done = false;
    let stopped: () => void = () => undefined;
    const stop = new Promise<void>((r) => (stopped = r));
    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      stopped();
      inflater.destroy();
      if (error) reject(error);
      else resolve();
    };
    inflater.on('data', (chunk: Buffer) => {
      if (done) return;
      budget.remaining -= chunk.length;
      if (budget.remaining < 0) return finish(new BudgetExceededError());
      try {
        sink.push(chunk);
      } catch (error) {
        finish(error);
      }
    });
    inflater.on('error', (error) => finish(error));
    inflater.on('end', () => finish());
    const feed = async (): Promise<void> => {
      for await (const chunk of input) {
        for (let at = 0; at < chunk.length; at += SLICE) {
          await Promise.race([sink.drain?.(), stop]);
          if (done) return;
          const written = new Promise<void>((r) =>
            inflater.write(chunk.subarray(at, at + SLICE), () => r()),
          );
          await Promise.race([written, stop]);
          if (done) return;
        }
      }
      inflater.end();
    };
    feed().catch(finish);
  });
}
