import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { detectFileType, detectOfficeType, isZip } from '../file-type';
import { ContentRefusal } from './content-refusal';
import type { RefusalReason } from './content-refusal';
import { inspectContent, refusalForUnknown } from './inspect-content';
import type { ContentLimits } from './inspect-content';
import { BufferSource, FileSource, MIN_READ_WINDOW_BYTES } from './random-access-source';
import type { RandomAccessSource } from './random-access-source';

/**
 * For unit specs: the same bytes checked from a Buffer and from a real
 * temporary file, with the default read window and with the smallest one
 * (so that markers in the fixtures fall across window edges).
 */
export interface SourceKind {
  label: string;
  open(bytes: Buffer): Promise<RandomAccessSource>;
}

let dir: string | null = null;
let files = 0;

async function onDisk(bytes: Buffer, window?: number): Promise<RandomAccessSource> {
  dir ??= await mkdtemp(path.join(tmpdir(), 'mic-content-spec-'));
  const file = path.join(dir, `upload-${files++}`);
  await writeFile(file, bytes, { mode: 0o600 });
  return FileSource.open(file, window);
}

/** Removes the temporary files (call in afterAll). */
export async function removeTestFiles(): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
}

export const BUFFER: SourceKind = { label: 'a Buffer', open: async (b) => new BufferSource(b) };
export const FILE: SourceKind = { label: 'a temporary file', open: (b) => onDisk(b) };
export const SMALL_BUFFER: SourceKind = {
  label: `a Buffer, ${MIN_READ_WINDOW_BYTES} bytes at a time`,
  open: async (b) => new BufferSource(b, MIN_READ_WINDOW_BYTES),
};
export const SMALL_FILE: SourceKind = {
  label: `a temporary file, ${MIN_READ_WINDOW_BYTES} bytes at a time`,
  open: (b) => onDisk(b, MIN_READ_WINDOW_BYTES),
};

/** Every kind, and those that read 64 bytes at a time. */
export const EVERY_SOURCE = [BUFFER, FILE, SMALL_BUFFER, SMALL_FILE];
export const SMALL_WINDOW_SOURCES = [SMALL_BUFFER, SMALL_FILE];

export type Outcome = RefusalReason | 'ok' | 'unknown-type';

/**
 * Detects and checks `bytes` as the upload path does (Office types from the
 * source, the rest from the bytes): 'ok', the refusal's reason, or
 * 'unknown-type'. Anything other than a ContentRefusal is thrown.
 */
export async function outcome(
  kind: SourceKind,
  bytes: Buffer,
  extension: string,
  limits?: ContentLimits,
): Promise<Outcome> {
  const source = await kind.open(bytes);
  try {
    const detected = isZip(bytes)
      ? await detectOfficeType(source)
      : await detectFileType(bytes, extension);
    if (!detected) return (await refusalForUnknown(source))?.reason ?? 'unknown-type';
    await inspectContent(source, detected, limits);
    return 'ok';
  } catch (error) {
    if (error instanceof ContentRefusal) return error.reason;
    throw error;
  } finally {
    if (source instanceof FileSource) await source.close();
  }
}
