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

const CHUNK = 16 * 1024;

/**
 * Inflates `data` (raw DEFLATE for ZIP entries, zlib-wrapped for PDF
 * FlateDecode) as a stream, counting output as it is produced: the moment
 * the budget is spent the inflater is destroyed, so a bomb never expands
 * past the budget in memory. Input is fed in small chunks for the same reason.
 */
export function inflateBounded(
  data: Buffer,
  budget: InflateBudget,
  format: 'raw' | 'zlib',
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const inflater = format === 'raw' ? createInflateRaw() : createInflate();
    const out: Buffer[] = [];
    let done = false;
    const fail = (error: Error): void => {
      if (done) return;
      done = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (done) return;
      budget.remaining -= chunk.length;
      if (budget.remaining < 0) {
        fail(new BudgetExceededError());
        return;
      }
      out.push(chunk);
    });
    inflater.on('error', (error) => fail(error));
    inflater.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(out));
    });
    let offset = 0;
    const pump = (): void => {
      while (!done && offset < data.length) {
        const slice = data.subarray(offset, offset + CHUNK);
        offset += slice.length;
        if (!inflater.write(slice)) {
          inflater.once('drain', pump);
          return;
        }
      }
      if (!done && offset >= data.length) inflater.end();
    };
    pump();
  });
}
