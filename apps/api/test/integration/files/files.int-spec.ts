import { readdirSync } from 'node:fs';

import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { FILE_STORAGES, startFileStorage } from '../setup/file-storages';
import type { TestFileStorage } from '../setup/file-storages';

const MAX = 64 * 1024;
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32),
]);

describe.each(FILE_STORAGES)('file uploads and downloads (%s storage)', (kind) => {
  let t: TestApp;
  let store: TestFileStorage;
  let owner: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    store = await startFileStorage(kind);
    t = await createTestApp({ ...store.env, UPLOAD_MAX_BYTES: String(MAX) });
    await resetDatabase(t.db);
    owner = await createUser(t.db);
    other = await createUser(t.db);
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await store.stop();
  });

  const upload = async (
    token: string | null,
    name: string,
    content: Buffer,
    type = 'application/octet-stream',
    altText?: string,
  ) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    if (altText) form.append('altText', altText);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        id?: string;
        code?: string;
        contentType?: string;
        altText?: string | null;
        message?: string;
      },
    };
  };

  it('should store a real PDF outside the web root and serve it as an attachment to its uploader', async () => {
    const res = await upload(owner.token, 'plan.pdf', PDF, 'text/html');
    expect(res.status).toBe(201);
    expect(res.body.contentType).toBe('application/pdf');
    const download = await fetch(`${t.url}/files/${res.body.id}`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="plan.pdf"/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    const stored: { storage_key: string }[] = await t.db.query(
      'SELECT storage_key FROM stored_file WHERE id = $1',
      [res.body.id],
    );
    expect(stored[0].storage_key).not.toContain('plan');
    if (store.container) {
      // In the blob container (private, typed), and not on the replica's disk.
      const props = await store.container.getBlobClient(stored[0].storage_key).getProperties();
      expect(props.contentType).toBe('application/pdf');
      expect(props.contentLength).toBe(PDF.length);
      expect((await store.container.getAccessPolicy()).blobPublicAccess).toBeUndefined();
      expect(readdirSync(store.dir)).toEqual([]);
    } else {
      expect(readdirSync(store.dir)).toContain(stored[0].storage_key.slice(0, 2));
    }
  });

  it('should keep alt text for images', async () => {
    const res = await upload(
      owner.token,
      'chart.png',
      PNG,
      'image/png',
      'Bar chart of referrals by month',
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contentType: 'image/png',
      altText: 'Bar chart of referrals by month',
    });
  });

  it('should reject an HTML file renamed .pdf', async () => {
    const res = await upload(
      owner.token,
      'report.pdf',
      Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      'application/pdf',
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_USER_INPUT');
  });

  it('should reject an executable renamed .png', async () => {
    const exe = Buffer.concat([
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
      Buffer.alloc(200),
    ]);
    const res = await upload(owner.token, 'photo.png', exe, 'image/png');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_USER_INPUT');
  });

  it('should reject content that does not match its extension', async () => {
    const res = await upload(owner.token, 'photo.jpg', PNG, 'image/jpeg');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/does not match/);
  });

  it('should reject an oversize file', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(MAX + 10, 0x20)]);
    const res = await upload(owner.token, 'huge.pdf', big, 'application/pdf');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse uploads without a session and downloads by people without access', async () => {
    expect((await upload(null, 'plan.pdf', PDF)).status).toBe(401);
    const res = await upload(owner.token, 'private.pdf', PDF);
    const denied = await fetch(`${t.url}/files/${res.body.id}`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect([403, 404]).toContain(denied.status);
    const anonymous = await fetch(`${t.url}/files/${res.body.id}`);
    expect(anonymous.status).toBe(401);
    const missing = await fetch(`${t.url}/files/00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(missing.status).toBe(404);
  });
});
