import { request } from 'node:http';

import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { FILE_STORAGES, startFileStorage } from '../setup/file-storages';
import type { TestFileStorage } from '../setup/file-storages';
import * as fx from './fixtures';

const MAX = 512 * 1024;

interface UploadResult {
  status: number;
  body: { id?: string; code?: string; message?: string; name?: string; contentType?: string };
}

describe.each(FILE_STORAGES)('upload content checks (%s storage)', (kind) => {
  let t: TestApp;
  let store: TestFileStorage;
  let owner: TestUser;

  beforeAll(async () => {
    store = await startFileStorage(kind);
    t = await createTestApp({ ...store.env, UPLOAD_MAX_BYTES: String(MAX) });
    await resetDatabase(t.db);
    owner = await createUser(t.db);
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await store.stop();
  });

  const upload = async (
    name: string,
    content: Buffer,
    type = 'application/octet-stream',
  ): Promise<UploadResult> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type }), name);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    return { status: res.status, body: (await res.json()) as UploadResult['body'] };
  };

  describe('ordinary files', () => {
    it('should accept a real PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX, CSV and text file', async () => {
      const cases: [string, Buffer, string][] = [
        ['report.pdf', await fx.realPdf(), 'application/pdf'],
        ['chart.png', await fx.realPng(), 'image/png'],
        ['photo.jpg', fx.realJpeg(), 'image/jpeg'],
        [
          'plan.docx',
          fx.realDocx(),
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
        [
          'figures.xlsx',
          fx.realXlsx(),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ],
        [
          'slides.pptx',
          fx.realPptx(),
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        ],
        ['pixel.webp', fx.realWebp(), 'image/webp'],
        ['objects.pdf', fx.pdfWithJavaScriptInObjectStream(true), 'application/pdf'],
        ['figures.csv', Buffer.from('month,referrals\n2026-10,42\n2026-11,57\n'), 'text/csv'],
        [
          'notes.txt',
          Buffer.from('Meeting notes: next steps for the anchor network.\n'),
          'text/plain',
        ],
      ];
      for (const [name, content, mime] of cases) {
        const res = await upload(name, content);
        expect({ name, status: res.status, contentType: res.body.contentType }).toEqual({
          name,
          status: 201,
          contentType: mime,
        });
      }
    });

    it('should store two separate files when the same file is uploaded twice (a second click)', async () => {
      const pdf = await fx.realPdf();
      const [first, second] = await Promise.all([
        upload('twice.pdf', pdf),
        upload('twice.pdf', pdf),
      ]);
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(first.body.id).not.toBe(second.body.id);
      const download = await fetch(`${t.url}/files/${second.body.id}`, {
        headers: { authorization: `Bearer ${owner.token}` },
      });
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    });
  });

  describe('refused content', () => {
    const refusals: [string, () => Buffer | Promise<Buffer>, string, RegExp][] = [
      [
        'PDF with JavaScript',
        () => fx.pdfWithOpenAction('<< /S /JavaScript /JS (app.alert(1)) >>'),
        'a.pdf',
        /This PDF contains JavaScript/,
      ],
      [
        'PDF with hex-escaped JavaScript',
        () => fx.pdfWithOpenAction('<< /S /J#61vaScript /J#53 (x) >>'),
        'a.pdf',
        /This PDF contains JavaScript/,
      ],
      [
        'PDF with JavaScript in an object stream',
        fx.pdfWithJavaScriptInObjectStream,
        'a.pdf',
        /This PDF contains JavaScript/,
      ],
      [
        'PDF with a Launch action',
        () => fx.pdfWithOpenAction('<< /S /Launch /F (cmd.exe) >>'),
        'a.pdf',
        /launches other programs/,
      ],
      ['PDF with an embedded file', fx.pdfWithEmbeddedFile, 'a.pdf', /embedded files/],
      ['PDF/HTML polyglot', fx.pdfHtmlPolyglot, 'a.pdf', /web page code/],
      ['PNG/HTML polyglot', fx.pngHtmlPolyglot, 'a.png', /web page code/],
      [
        'PNG with a script in a compressed text chunk',
        fx.pngWithCompressedScript,
        'a.png',
        /web page code/,
      ],
      ['DOCX carrying vbaProject.bin', fx.docmWithVbaProject, 'a.docx', /contains macros/],
      ['DOCM', fx.docmWithVbaProject, 'a.docm', /contains macros/],
      [
        'DOCX with a macro-enabled content type',
        fx.docxWithMacroContentType,
        'a.docx',
        /contains macros/,
      ],
      ['legacy .doc with macros', fx.oleWithMacros, 'a.doc', /contains macros/],
      ['DOCX bomb (150 MB of zeros)', () => fx.docxBomb(150 * 1024 * 1024), 'a.docx', /zip bomb/],
      [
        'DOCX entry lying about its size',
        () => fx.docxBomb(20 * 1024 * 1024, 1000),
        'a.docx',
        /zip bomb/,
      ],
      ['DOCX with overlapping entries', fx.docxOverlapping, 'a.docx', /zip bomb/],
      ['DOCX with nested ZIPs', fx.docxNested, 'a.docx', /archives inside other archives/],
      ['truncated DOCX', () => fx.truncated(fx.realDocx(), 0.9), 'a.docx', /damaged|not allowed/],
    ];

    it.each(refusals)(
      'should refuse a %s with a message naming the reason',
      async (_, build, name, message) => {
        const res = await upload(name, await build());
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('BAD_USER_INPUT');
        expect(res.body.message).toMatch(message);
      },
    );

    it('should refuse an empty file', async () => {
      const res = await upload('empty.pdf', Buffer.alloc(0));
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/Choose a file/);
    });

    it('should refuse a real file with the wrong extension', async () => {
      const res = await upload('report.docx', await fx.realPdf());
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/does not match/);
    });
  });

  describe('file names', () => {
    it('should decode UTF-8 names, strip bidi and control characters and cut long names', async () => {
      const pdf = await fx.realPdf();
      const mojibake = await upload('Réunion café – plan ☕.pdf', pdf);
      expect(mojibake.body.name).toBe('Réunion café – plan ☕.pdf');
      // Raw C0 bytes in a part header are malformed multipart (busboy refuses
      // them); browsers percent-encode CR/LF, which multer decodes back.
      const bidi = await upload('invoice\u202Efdp.\u2066exe\u2069\u0085\n.pdf', pdf);
      expect(bidi.body.name).toBe('invoicefdp.exe.pdf');
      const long = await upload(`${'ü'.repeat(400)}.pdf`, pdf);
      expect([...(long.body.name ?? '')]).toHaveLength(200);
      expect(long.body.name?.endsWith('.pdf')).toBe(true);
      const download = await fetch(`${t.url}/files/${mojibake.body.id}`, {
        headers: { authorization: `Bearer ${owner.token}` },
      });
      expect(download.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('Réunion café – plan ☕.pdf')}`,
      );
    });

    it('should give a file whose name is only control characters a fallback name', async () => {
      const res = await upload('\u0085\u202E\u2066\r\n\u009f', await fx.realPdf());
      expect(res.status).toBe(201);
      expect(res.body.name).toBe('file.pdf');
    });
  });

  describe('size limit while streaming', () => {
    /**
     * Streams a multipart body of `total` file bytes in 16 KB chunks and
     * reports how many bytes had been written when the response arrived.
     */
    const streamUpload = (
      total: number,
      options: { token?: string | null; declareLength?: boolean },
    ): Promise<{
      status: number;
      body: string;
      writtenAtResponse: number;
      written: number;
      closedEarly: boolean;
    }> =>
      new Promise((resolve, reject) => {
        const boundary = 'mic-test-boundary';
        const head = Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
        );
        const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
        const length = head.length + total + tail.length;
        const url = new URL(`${t.url}/files`);
        const token = options.token === undefined ? owner.token : options.token;
        const req = request({
          host: url.hostname,
          port: url.port,
          path: '/files',
          method: 'POST',
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(options.declareLength
              ? { 'content-length': String(length) }
              : { 'transfer-encoding': 'chunked' }),
          },
        });
        let written = 0;
        let writtenAtResponse = -1;
        let closed = false;
        let result: { status: number; body: string } | null = null;
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        const finish = (): void =>
          resolve({
            status: result?.status ?? 0,
            body: result?.body ?? '',
            writtenAtResponse,
            written,
            closedEarly: written < length,
          });
        req.on('response', (res) => {
          writtenAtResponse = written;
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => {
            result = { status: res.statusCode ?? 0, body };
          });
        });
        req.on('error', () => undefined);
        req.on('close', () => {
          closed = true;
        });
        req.write(head);
        written += head.length;
        const pump = async (): Promise<void> => {
          let sent = 0;
          while (sent < total && !closed && !req.destroyed) {
            const n = Math.min(chunk.length, total - sent);
            req.write(chunk.subarray(0, n));
            sent += n;
            written += n;
            await new Promise((r) => setTimeout(r, 1));
          }
          if (!closed && !req.destroyed) {
            req.end(tail);
            written += tail.length;
          }
          for (let i = 0; i < 100 && !result; i++) await new Promise((r) => setTimeout(r, 20));
          finish();
        };
        pump().catch(reject);
      });

    it('should answer 413 and hang up before a chunked body twice the limit has been sent', async () => {
      const res = await streamUpload(2 * MAX, {});
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'The file is too large. The largest file you can upload is 512 KB.',
      });
      expect(res.writtenAtResponse).toBeGreaterThan(0);
      expect(res.writtenAtResponse).toBeLessThan(1.5 * MAX);
      expect(res.closedEarly).toBe(true);
    });

    it('should answer 413 at once when the declared length is over the limit', async () => {
      const res = await streamUpload(2 * MAX, { declareLength: true });
      expect(res.status).toBe(413);
      expect(res.writtenAtResponse).toBeLessThan(MAX / 2);
      expect(res.closedEarly).toBe(true);
    });

    it('should not read a large body to its end when the upload is not signed in', async () => {
      const res = await streamUpload(4 * MAX, { token: null });
      expect(res.status).toBe(401);
      expect(res.closedEarly).toBe(true);
    });

    it('should still accept a file just under the limit', async () => {
      const pdf = await fx.realPdf();
      const res = await upload(
        'big-but-fine.pdf',
        Buffer.concat([pdf, Buffer.alloc(MAX - pdf.length - 10, 0x20)]),
      );
      expect(res.status).toBe(201);
    });
  });
});
