import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { writeLargeDocx, writeLargePdf } from '../../../../test/integration/files/large-fixtures';
import { detectByMagic, detectOfficeType } from '../file-type';
import type { DetectedType } from '../file-type';
import { inspectContent } from './inspect-content';
import { withFileSource } from './random-access-source';
import type { RandomAccessSource } from './random-access-source';

const MB = 1024 * 1024;
/** What checking an upload may hold at once, whatever its size (a read window is 1 MiB). */
const BOUND = 16 * MB;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full collection, twice: the first leaves freeing dead Buffers' memory to a background sweeper, the second finishes it. */
function collectGarbage(): void {
  gc();
  gc();
}

/** Memory in use: the JavaScript heap plus memory outside it (Buffers, external strings). */
function inUse(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/**
 * The most memory held above the starting point while `run` runs, sampled
 * every 5 ms. A sample over BOUND is taken again after a full collection,
 * so garbage V8 has not yet collected (each read window's text, zlib's
 * output) does not count: only what the checks still hold.
 */
async function peakHeld(run: () => Promise<void>): Promise<number> {
  collectGarbage();
  const base = inUse();
  let peak = 0;
  const sample = (): void => {
    let grown = inUse() - base;
    if (grown > BOUND) {
      collectGarbage();
      grown = inUse() - base;
    }
    peak = Math.max(peak, grown);
  };
  const timer = setInterval(sample, 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  sample();
  return peak;
}

describe('checking large uploads from disk', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mic-large-upload-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Writes the file, then checks it as an upload: the most memory held meanwhile. */
  async function heldChecking(
    name: string,
    write: (file: string) => Promise<number>,
    detect: (source: RandomAccessSource) => Promise<DetectedType | null>,
  ): Promise<number> {
    const file = path.join(dir, name);
    expect(await write(file)).toBeGreaterThan(45 * MB);
    return peakHeld(() =>
      withFileSource(file, async (source) => {
        const detected = await detect(source);
        if (!detected) throw new Error(`${name} not detected`);
        await inspectContent(source, detected);
      }),
    );
  }

  it('should check a 48 MB PDF holding far less than its size', async () => {
    const held = await heldChecking(
      'report.pdf',
      (file) => writeLargePdf(file, 48),
      async (source) => detectByMagic(await source.read(0, 8)),
    );
    expect(held).toBeLessThan(BOUND);
  }, 60_000);

  it('should check a 48 MB DOCX, its inflated parts and an embedded document holding far less than its size', async () => {
    const held = await heldChecking(
      'plan.docx',
      (file) => writeLargeDocx(file, 48),
      detectOfficeType,
    );
    expect(held).toBeLessThan(BOUND);
  }, 60_000);
});
