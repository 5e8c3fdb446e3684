// npm run files:migrate-to-blob
// Copies every stored file from local disk (UPLOAD_DIR) into Azure Blob
// Storage (AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_CONTAINER), verifying
// each by SHA-256. Resumable: run it again after a failure or a kill; files
// already copied and verified are skipped. Exit code 1 when a file is missing
// locally or failed its checksum. Run it before switching FILE_STORAGE=azure.
import { createRequire } from 'node:module';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { resolveDatabase } from '../db/database-url.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');

await buildApi();
const { parseEnv } = require(path.join(root, 'dist/apps/api/src/config/env.schema.js'));
const { migrateLocalFilesToBlob } = require(
  path.join(root, 'dist/apps/api/src/modules/files/storage/blob-migration.js'),
);
const { url, embedded } = await resolveDatabase();
let code = 0;
try {
  const env = parseEnv({ ...process.env, DATABASE_URL: url });
  if (!env.AZURE_STORAGE_CONNECTION_STRING)
    throw new Error('AZURE_STORAGE_CONNECTION_STRING is required');
  const summary = await migrateLocalFilesToBlob({
    databaseUrl: url,
    localDir: path.resolve(root, env.UPLOAD_DIR),
    connectionString: env.AZURE_STORAGE_CONNECTION_STRING,
    container: env.AZURE_STORAGE_CONTAINER,
    log: (line) => console.log(line),
  });
  console.log(
    `files: ${summary.files}, copied: ${summary.copied}, already present: ${summary.alreadyPresent}, missing locally: ${summary.missing.length}, failed: ${summary.failed.length}`,
  );
  if (summary.missing.length || summary.failed.length) code = 1;
} catch (error) {
  console.error(
    `files:migrate-to-blob failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  code = 1;
} finally {
  await embedded?.stop();
}
process.exit(code);
