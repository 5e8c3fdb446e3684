import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';

import { BlobServiceClient } from '@azure/storage-blob';
import type { ContainerClient } from '@azure/storage-blob';

import { assertStorageKey } from './file-storage';
import type { FileStorage, PutOptions } from './file-storage';

/** Block size and parallel blocks for uploads: at most BLOCK_BYTES * CONCURRENCY in memory per upload. */
const BLOCK_BYTES = 1024 * 1024;
const CONCURRENCY = 4;

/**
 * Azure Blob Storage (or Azurite): one private container, one block blob per
 * key. Uploads stream as blocks and are committed at the end, so a reader
 * never sees half a file.
 */
export class AzureBlobFileStorage implements FileStorage {
  private readonly container: ContainerClient;

  constructor(connectionString: string, containerName: string) {
    this.container =
      BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
  }

  /** Creates the container (private: no anonymous access) when it is missing. */
  async ensureContainer(): Promise<void> {
    await this.container.createIfNotExists();
  }

  async put(key: string, data: Readable, options: PutOptions): Promise<void> {
    assertStorageKey(key);
    await this.container.getBlockBlobClient(key).uploadStream(data, BLOCK_BYTES, CONCURRENCY, {
      blobHTTPHeaders: { blobContentType: options.contentType },
    });
  }

  read(key: string): Readable {
    assertStorageKey(key);
    const out = new PassThrough();
    this.container
      .getBlobClient(key)
      .download()
      .then((response) => {
        const body = response.readableStreamBody;
        if (!body) throw new Error('blob download has no body');
        body.on('error', (error) => out.destroy(error));
        body.pipe(out);
      })
      .catch((error: unknown) =>
        out.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    return out;
  }

  async remove(key: string): Promise<void> {
    assertStorageKey(key);
    await this.container.getBlobClient(key).deleteIfExists();
  }
}
