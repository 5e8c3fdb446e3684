import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the store is told about bytes it receives (blob stores keep the type as a header). */
export interface PutOptions {
  contentType: string;
  /** Exact byte length, when known (not needed to store; checked by the caller). */
  size?: number;
}

/**
 * Where file bytes live. Local disk by default (outside the web root, under
 * UPLOAD_DIR); Azure Blob Storage when FILE_STORAGE=azure. Bytes always
 * arrive and leave as streams: no implementation holds a whole file in memory.
 */
export interface FileStorage {
  /** Stores the stream's bytes under `key`; resolves once they are durable (a reader sees all or nothing). */
  put(key: string, data: Readable, options: PutOptions): Promise<void>;
  /** The bytes under `key`; a missing key surfaces as an 'error' event on the stream. */
  read(key: string): Readable;
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Keys are generated ids; anything else is refused (no path traversal, no odd blob names). */
export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9-]{8,64}$/i.test(key)) throw new Error('invalid storage key');
}

/** Where a key lives under a local upload directory (two-character fan-out). */
export function localPathOf(root: string, key: string): string {
  assertStorageKey(key);
  return path.join(path.resolve(root), key.slice(0, 2), key);
}

export class LocalDiskFileStorage implements FileStorage {
  private readonly root: string;

  constructor(dir: string) {
    this.root = path.resolve(dir);
  }

  async put(key: string, data: Readable): Promise<void> {
    const target = localPathOf(this.root, key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temp = `${target}.partial`;
    try {
      await pipeline(data, createWriteStream(temp, { mode: 0o600 }));
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  read(key: string): Readable {
    return createReadStream(localPathOf(this.root, key));
  }

  async remove(key: string): Promise<void> {
    await rm(localPathOf(this.root, key), { force: true });
  }
}
