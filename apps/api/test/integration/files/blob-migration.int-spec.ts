import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';

import { migrateLocalFilesToBlob } from '../../../src/modules/files/storage/blob-migration';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { startFileStorage, TEST_CONTAINER } from '../setup/file-storages';
import type { TestFileStorage } from '../setup/file-storages';

const root = path.resolve(__dirname, '../../../../..');
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Runs `npm run files:migrate-to-blob` (the script itself) and returns its exit code and output. */
function runCommand(env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['tools/files/migrate-to-blob.mjs'], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, out }));
  });
}

describe('copying local files into blob storage (files:migrate-to-blob)', () => {
  let local: TestFileStorage;
  let azure: TestFileStorage;
  let t: TestApp;
  let owner: TestUser;
  const uploaded: { id: string; key: string; bytes: Buffer }[] = [];

  beforeAll(async () => {
    local = await startFileStorage('local');
    azure = await startFileStorage('azure');
    t = await createTestApp({ ...local.env });
    await resetDatabase(t.db);
    owner = await createUser(t.db);
    const files: [string, Buffer][] = [
      ['plan.pdf', PDF],
      ['notes.txt', Buffer.from('Referrals fell by a third after the huddle started.\n')],
      ['figures.csv', Buffer.from(`month,referrals\n${'2026-01,42\n'.repeat(200_000)}`)],
    ];
    for (const [name, bytes] of files) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const res = await fetch(`${t.url}/files`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${owner.token}` },
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const [row] = (await t.db.query('SELECT storage_key FROM stored_file WHERE id = $1', [
        id,
      ])) as { storage_key: string }[];
      uploaded.push({ id, key: row.storage_key, bytes });
    }
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await local.stop();
    await azure.stop();
  });

  const options = () => ({
    databaseUrl: process.env.DATABASE_URL as string,
    localDir: local.dir,
    connectionString: azure.env.AZURE_STORAGE_CONNECTION_STRING,
    container: TEST_CONTAINER,
  });

  it('should copy every file with its type and checksum, then skip them when run again', async () => {
    const first = await migrateLocalFilesToBlob(options());
    expect(first).toEqual({ files: 3, copied: 3, alreadyPresent: 0, missing: [], failed: [] });
    const container = azure.container!;
    for (const file of uploaded) {
      const blob = container.getBlobClient(file.key);
      expect((await blob.downloadToBuffer()).equals(file.bytes)).toBe(true);
      const props = await blob.getProperties();
      expect(props.metadata).toEqual({ sha256: sha(file.bytes), verified: 'true' });
    }
    expect((await container.getBlobClient(uploaded[0].key).getProperties()).contentType).toBe(
      'application/pdf',
    );
    const again = await migrateLocalFilesToBlob(options());
    expect(again).toMatchObject({ copied: 0, alreadyPresent: 3, failed: [] });
  });

  it('should resume after an interrupted run: redo a lost or corrupt blob, verify an unverified one, and report it', async () => {
    const container = azure.container!;
    // As a kill would leave it: one blob never committed, one not yet verified;
    // and one damaged in the store since.
    await container.getBlobClient(uploaded[0].key).delete();
    await container.getBlobClient(uploaded[1].key).setMetadata({ sha256: sha(uploaded[1].bytes) });
    await container
      .getBlockBlobClient(uploaded[2].key)
      .upload('damaged', 7, { metadata: { sha256: sha(uploaded[2].bytes), verified: 'true' } });

    const run = await runCommand({
      DATABASE_URL: process.env.DATABASE_URL as string,
      UPLOAD_DIR: local.dir,
      AZURE_STORAGE_CONNECTION_STRING: azure.env.AZURE_STORAGE_CONNECTION_STRING,
      AZURE_STORAGE_CONTAINER: TEST_CONTAINER,
    });
    expect(run.out).toContain(
      'files: 3, copied: 2, already present: 1, missing locally: 0, failed: 0',
    );
    expect(run.code).toBe(0);
    for (const file of uploaded) {
      const bytes = await container.getBlobClient(file.key).downloadToBuffer();
      expect(bytes.equals(file.bytes)).toBe(true);
    }
  });

  it('should serve the copied files once the API runs with FILE_STORAGE=azure', async () => {
    const api = await createTestApp({ ...azure.env });
    try {
      for (const file of uploaded) {
        const res = await fetch(`${api.url}/files/${file.id}`, {
          headers: { authorization: `Bearer ${owner.token}` },
        });
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(file.bytes)).toBe(true);
      }
    } finally {
      await api.close();
    }
  });

  it('should fail with exit code 1 and name a file whose local bytes are gone', async () => {
    const [row] = (await t.db.query(
      `INSERT INTO stored_file (uploaded_by_id, original_name, content_type, extension, size_bytes, storage_key)
       VALUES ($1, 'lost.txt', 'text/plain', 'txt', 4, '0badc0de-0000-4000-8000-000000000000') RETURNING id`,
      [owner.id],
    )) as { id: string }[];
    expect(row.id).toBeTruthy();
    const run = await runCommand({
      DATABASE_URL: process.env.DATABASE_URL as string,
      UPLOAD_DIR: local.dir,
      AZURE_STORAGE_CONNECTION_STRING: azure.env.AZURE_STORAGE_CONNECTION_STRING,
      AZURE_STORAGE_CONTAINER: TEST_CONTAINER,
    });
    expect(run.out).toContain('missing locally: 0badc0de-0000-4000-8000-000000000000');
    expect(run.out).toContain('already present: 3, missing locally: 1, failed: 0');
    expect(run.code).toBe(1);
  });
});
