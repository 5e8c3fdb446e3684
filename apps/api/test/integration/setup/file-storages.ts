import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { BlobServiceClient } from '@azure/storage-blob';
import type { ContainerClient } from '@azure/storage-blob';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startAzurite } = require('../../../../../tools/test/azurite.cjs') as {
  startAzurite: () => Promise<{ connectionString: string; stop: () => Promise<void> }>;
};

/** The file stores every file test runs against: local disk and Azure Blob Storage (Azurite). */
export const FILE_STORAGES = ['local', 'azure'] as const;
export type FileStorageKind = (typeof FILE_STORAGES)[number];

export interface TestFileStorage {
  kind: FileStorageKind;
  /** Settings for createTestApp. */
  env: Record<string, string>;
  /** The upload directory (local) — empty and unused with azure. */
  dir: string;
  /** The blob container (azure only). */
  container: ContainerClient | null;
  stop: () => Promise<void>;
}

export const TEST_CONTAINER = 'mic-files-test';

/** createTestApp copies its settings into process.env: forget the store's, so later apps in the file start on the default. */
function forgetSettings(): void {
  for (const name of ['FILE_STORAGE', 'AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_CONTAINER'])
    delete process.env[name];
}

/** A fresh store of the given kind: a temporary directory, or Azurite on a free port. */
export async function startFileStorage(kind: FileStorageKind): Promise<TestFileStorage> {
  const dir = mkdtempSync(path.join(tmpdir(), `mic-files-${kind}-`));
  if (kind === 'local') {
    return {
      kind,
      env: { FILE_STORAGE: 'local', UPLOAD_DIR: dir },
      dir,
      container: null,
      stop: async () => {
        forgetSettings();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const azurite = await startAzurite();
  return {
    kind,
    env: {
      FILE_STORAGE: 'azure',
      UPLOAD_DIR: dir,
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: TEST_CONTAINER,
    },
    dir,
    container: BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(
      TEST_CONTAINER,
    ),
    stop: async () => {
      forgetSettings();
      await azurite.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
