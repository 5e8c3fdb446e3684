import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { BlobServiceClient, RestError } from '@azure/storage-blob';
import type { BlockBlobClient } from '@azure/storage-blob';
import { Client } from 'pg';

import { localPathOf } from './file-storage';

export interface BlobMigrationOptions {
  databaseUrl: string;
  /** The local upload directory (UPLOAD_DIR). */
  localDir: string;
  connectionString: string;
  container: string;
  log?: (line: string) => void;
}

export interface BlobMigrationSummary {
  /** Rows in stored_file. */
  files: number;
  /** Uploaded and verified in this run. */
  copied: number;
  /** Already in the container with the same SHA-256 and verified (an earlier run). */
  alreadyPresent: number;
  /** No local bytes for the row. */
  missing: string[];
  /** Local size differs from the row, or the blob read back did not match. */
  failed: string[];
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(stream, hash);
  return hash.digest('hex');
}

async function propertiesOf(blob: BlockBlobClient) {
  try {
    return await blob.getProperties();
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 404) return null;
    throw error;
  }
}

/** Reads the blob back and compares its SHA-256; marks it verified when it matches. */
async function verify(blob: BlockBlobClient, sha256: string): Promise<boolean> {
  const download = await blob.download();
  if (!download.readableStreamBody) return false;
  const actual = await sha256Of(download.readableStreamBody as Readable);
  if (actual !== sha256) return false;
  await blob.setMetadata({ sha256, verified: 'true' });
  return true;
}

/**
 * Copies every stored file's local bytes into the blob container under the
 * same key. Resumable and safe to re-run after a kill: a block blob appears
 * only when its upload commits (with the local SHA-256 in its metadata), a
 * blob already there with the same SHA-256 that was verified is skipped, and
 * one not yet verified is read back and checked. A blob whose bytes do not
 * match is deleted and counted as failed.
 */
export async function migrateLocalFilesToBlob(
  options: BlobMigrationOptions,
): Promise<BlobMigrationSummary> {
  const log = options.log ?? (() => undefined);
  const container = BlobServiceClient.fromConnectionString(
    options.connectionString,
  ).getContainerClient(options.container);
  await container.createIfNotExists();
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  const summary: BlobMigrationSummary = {
    files: 0,
    copied: 0,
    alreadyPresent: 0,
    missing: [],
    failed: [],
  };
  try {
    const { rows } = await db.query<{
      storage_key: string;
      content_type: string;
      size_bytes: number;
    }>('SELECT storage_key, content_type, size_bytes FROM stored_file ORDER BY created_at, id');
    summary.files = rows.length;
    for (const row of rows) {
      const key = row.storage_key;
      const file = localPathOf(options.localDir, key);
      const local = await stat(file).catch(() => null);
      if (!local?.isFile()) {
        summary.missing.push(key);
        log(`missing locally: ${key}`);
        continue;
      }
      if (local.size !== Number(row.size_bytes)) {
        summary.failed.push(key);
        log(`size differs from the database (${local.size} != ${row.size_bytes}): ${key}`);
        continue;
      }
      const sha256 = await sha256Of(createReadStream(file));
      const blob = container.getBlockBlobClient(key);
      const existing = await propertiesOf(blob);
      if (existing?.metadata?.sha256 === sha256 && existing.contentLength === local.size) {
        if (existing.metadata.verified === 'true' || (await verify(blob, sha256))) {
          summary.alreadyPresent += 1;
          continue;
        }
      }
      await blob.uploadStream(createReadStream(file), 1024 * 1024, 4, {
        blobHTTPHeaders: { blobContentType: row.content_type },
        metadata: { sha256 },
      });
      if (await verify(blob, sha256)) {
        summary.copied += 1;
        log(`copied ${key} (${local.size} bytes, sha256 ${sha256.slice(0, 12)}…)`);
      } else {
        await blob.deleteIfExists();
        summary.failed.push(key);
        log(`checksum mismatch after upload, blob removed: ${key}`);
      }
    }
  } finally {
    await db.end();
  }
  return summary;
}
