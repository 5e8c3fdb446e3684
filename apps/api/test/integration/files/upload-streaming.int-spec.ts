import { readFileSync } from 'node:fs';

import { createUser } from '../factories/user.factory';
import { startApiProcess } from '../setup/api-process';
import type { ApiProcess } from '../setup/api-process';
import { FILE_STORAGES, startFileStorage } from '../setup/file-storages';
import type { TestFileStorage } from '../setup/file-storages';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';

const MB = 1024 * 1024;
const FILE_BYTES = 60 * MB;

/** Peak resident memory of a process so far (VmHWM), in bytes. */
function peakRss(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error('no VmHWM');
  return Number(match[1]) * 1024;
}

/**
 * Uploads stream through the API: a 60 MB file, in a separate API process,
 * raises that process's peak memory by clearly less than the file's size (a
 * buffered upload holds the whole file, and more). Peak RSS is a high-water
 * mark, so this cannot pass by sampling at a lucky moment.
 */
describe.each(FILE_STORAGES)('uploads stream to the store (%s storage)', (kind) => {
  let store: TestFileStorage;
  let api: ApiProcess;
  let token: string;

  beforeAll(async () => {
    store = await startFileStorage(kind);
    const t = await createTestApp({});
    await resetDatabase(t.db);
    token = (await createUser(t.db)).token;
    await t.close();
    api = await startApiProcess({ ...store.env, UPLOAD_MAX_BYTES: String(64 * MB) });
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await store.stop();
  });

  const upload = async (bytes: Buffer, name: string): Promise<{ status: number; id?: string }> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${api.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, id: ((await res.json()) as { id?: string }).id };
  };

  it('should store a file near the limit without the API holding it in memory', async () => {
    const line = Buffer.from('month,referrals,notes\n2026-01,42,steady after the huddle started\n');
    // Warm up: the first upload loads code paths and pools.
    expect((await upload(Buffer.concat(Array(16_000).fill(line)), 'warm.csv')).status).toBe(201);
    const before = peakRss(api.pid);
    const big = Buffer.concat(Array(Math.ceil(FILE_BYTES / line.length)).fill(line)).subarray(
      0,
      FILE_BYTES,
    );
    const res = await upload(big, 'big.csv');
    expect(res.status).toBe(201);
    const grew = peakRss(api.pid) - before;
    // Measured here: about 34 MB for the 60 MB file (garbage HTTP chunks V8 has not yet
    // collected); a buffered upload holds the whole 60 MB buffer on top of those chunks.
    expect(grew).toBeLessThan(FILE_BYTES * 0.75);
    // And it is all there, byte for byte.
    const download = await fetch(`${api.url}/files/${res.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    expect(Number(download.headers.get('content-length'))).toBe(FILE_BYTES);
    expect(Buffer.from(await download.arrayBuffer()).equals(big)).toBe(true);
  }, 180_000);
});
