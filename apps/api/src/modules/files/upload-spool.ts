import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { ACTIVE_MARKUP_MAX_LENGTH, containsActiveMarkup } from './content/markup';

/** How many first bytes are kept for type detection (magic bytes, text markup). */
export const HEAD_BYTES = 64 * 1024;

/**
 * An upload spooled to a private temporary file while it arrived: never held
 * whole in memory. What the checks need from every byte (size, SHA-256, the
 * plain-text and active-markup verdicts) was computed on the way; the first
 * HEAD_BYTES are kept for magic-byte detection.
 */
export interface SpooledUpload {
  originalname: string;
  /** The temporary file (deleted when the request ends, stored or not). */
  path: string;
  size: number;
  sha256: string;
  head: Buffer;
  /** No NUL byte and valid UTF-8 throughout. */
  plainText: boolean;
  /** HTML/SVG/script markup anywhere in the bytes (read as Latin-1). */
  activeMarkup: boolean;
}

/** Hashes, counts and inspects bytes as they pass; keeps the head. */
export class UploadProbe extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = true;
  private markup = false;
  /** The last bytes of the previous chunk, so markup split across chunks is still seen. */
  private tail = '';

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    if (this.text) {
      if (chunk.includes(0)) this.text = false;
      else {
        try {
          this.decoder.decode(chunk, { stream: true });
        } catch {
          this.text = false;
        }
      }
    }
    if (!this.markup) {
      const latin1 = this.tail + chunk.toString('latin1');
      this.markup = containsActiveMarkup(latin1);
      this.tail = latin1.slice(-ACTIVE_MARKUP_MAX_LENGTH);
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.text) {
      try {
        this.decoder.decode();
      } catch {
        this.text = false;
      }
    }
    done();
  }

  result(): Pick<SpooledUpload, 'size' | 'sha256' | 'head' | 'plainText' | 'activeMarkup'> {
    return {
      size: this.size,
      sha256: this.hash.digest('hex'),
      head: Buffer.concat(this.headChunks),
      plainText: this.text && this.size > 0,
      activeMarkup: this.markup,
    };
  }
}

const SPOOL_DIR = path.join(tmpdir(), 'mic-upload-spool');

/** Streams `source` into a new private temporary file, probing it on the way. */
export async function spool(source: Readable, originalname: string): Promise<SpooledUpload> {
  await mkdir(SPOOL_DIR, { recursive: true, mode: 0o700 });
  const file = path.join(SPOOL_DIR, randomUUID());
  const probe = new UploadProbe();
  try {
    await pipeline(source, probe, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { originalname, path: file, ...probe.result() };
}

export async function discardSpool(upload: { path?: string } | undefined): Promise<void> {
  if (upload?.path) await rm(upload.path, { force: true });
}

interface MulterFile {
  originalname: string;
  stream: Readable;
}

/**
 * A multer storage engine that spools the file part to disk (see `spool`)
 * instead of buffering it. multer's size limit still applies: it destroys
 * the part stream, the pipeline fails and the temporary file is removed.
 */
export const spoolingStorage = {
  _handleFile(
    _req: unknown,
    file: MulterFile,
    cb: (error: Error | null, info?: Partial<SpooledUpload>) => void,
  ): void {
    spool(file.stream, file.originalname).then(
      (spooled) => cb(null, spooled),
      (error: unknown) => cb(error instanceof Error ? error : new Error(String(error))),
    );
  },
  _removeFile(_req: unknown, file: { path?: string }, cb: (error: Error | null) => void): void {
    discardSpool(file).then(
      () => cb(null),
      (error: unknown) => cb(error as Error),
    );
  },
};
