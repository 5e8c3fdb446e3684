import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

import { HEAD_BYTES, discardSpool, spool } from './upload-spool';

const chunks = (...parts: (string | Buffer)[]): Readable =>
  Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

describe(spool.name, () => {
  it('should write every byte to a temporary file, with its size, SHA-256 and head', async () => {
    const data = Buffer.alloc(HEAD_BYTES * 3, 'a');
    const result = await spool(chunks(data.subarray(0, 1000), data.subarray(1000)), 'notes.txt');
    try {
      expect((await readFile(result.path)).equals(data)).toBe(true);
      expect(result.size).toBe(data.length);
      expect(result.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect(result.head.equals(data.subarray(0, HEAD_BYTES))).toBe(true);
      expect(result).toMatchObject({
        originalname: 'notes.txt',
        plainText: true,
        activeMarkup: false,
      });
    } finally {
      await discardSpool(result);
    }
  });

  it('should see markup split across chunks, a UTF-8 character split across chunks, and NUL bytes', async () => {
    const split = await spool(chunks('x'.repeat(100), '<scr', 'ipt>alert(1)'), 'a.jpg');
    expect(split.activeMarkup).toBe(true);
    const pound = Buffer.from('£5 per referral');
    const utf8 = await spool(chunks(pound.subarray(0, 1), pound.subarray(1)), 'a.txt');
    expect(utf8.plainText).toBe(true);
    const binary = await spool(chunks('abc', Buffer.from([0, 1, 2])), 'a.bin');
    expect(binary.plainText).toBe(false);
    const invalid = await spool(chunks(Buffer.from([0xc3, 0x28])), 'a.txt');
    expect(invalid.plainText).toBe(false);
    await Promise.all([split, utf8, binary, invalid].map((s) => discardSpool(s)));
  });

  it('should remove the temporary file when the source fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(spool(failing, 'a.txt')).rejects.toThrow('client went away');
  });
});
