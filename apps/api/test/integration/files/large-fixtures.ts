/**
 * Large upload fixtures written straight to disk, a block at a time (the
 * test process never holds one whole): a PDF with page content and
 * FlateDecode object streams, and a DOCX with a large stored image, a
 * document part that inflates to tens of MB and an embedded workbook.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { createDeflateRaw, crc32, deflateSync } from 'node:zlib';

import { docxEntries, zip, zipEnd } from './fixtures';

const MB = 1024 * 1024;

/** Appends to a file, counting bytes (the offset of what comes next). */
class Appender {
  at = 0;
  private readonly out: WriteStream;

  constructor(file: string) {
    this.out = createWriteStream(file, { mode: 0o600 });
  }

  async write(data: Buffer | string): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    this.at += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  async close(): Promise<number> {
    this.out.end();
    await once(this.out, 'finish');
    return this.at;
  }
}

const PAGE_CONTENT =
  'q 0.2 0.4 0.7 rg 72 600 200 80 re f Q BT /F1 11 Tf 72 712 Td (Referrals by month) Tj ET\n';

/**
 * A PDF of about `megabytes` MB: a catalog, 1 MB page content streams, and
 * three clean FlateDecode object streams that inflate to about 4 MB each
 * (so the object-stream check inflates 12 MB). Returns its size.
 */
export async function writeLargePdf(file: string, megabytes: number): Promise<number> {
  const out = new Appender(file);
  const offsets: number[] = [];
  const object = async (...parts: (Buffer | string)[]): Promise<void> => {
    offsets.push(out.at);
    await out.write(`${offsets.length} 0 obj\n`);
    for (const part of parts) await out.write(part);
    await out.write('\nendobj\n');
  };
  await out.write('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  await object('<< /Type /Catalog /Pages 2 0 R >>');
  await object('<< /Type /Pages /Kids [] /Count 0 >>');
  const content = Buffer.from(PAGE_CONTENT.repeat(Math.ceil(MB / PAGE_CONTENT.length)));
  for (let i = 0; i < megabytes - 1; i++)
    await object(`<< /Length ${content.length} >>\nstream\n`, content, '\nendstream');
  const packed = deflateSync(
    '10 0 << /S /URI /URI (https://commons.example.org) >> '.repeat(80_000),
  );
  for (let i = 0; i < 3; i++)
    await object(
      `<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
      packed,
      '\nendstream',
    );
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const startxref = out.at;
  await out.write(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${xref}`);
  await out.write(
    `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${startxref}\n%%EOF\n`,
  );
  return out.close();
}

interface StreamedEntry {
  name: string;
  method: 0 | 8;
  /** The entry's bytes: `block` repeated `times` times (compressed as it is written when method is 8). */
  block: Buffer;
  times: number;
}

async function compressed(entry: StreamedEntry): Promise<Buffer> {
  if (entry.method === 0) return Buffer.alloc(0);
  const deflater = createDeflateRaw();
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  for (let i = 0; i < entry.times; i++)
    if (!deflater.write(entry.block)) await once(deflater, 'drain');
  deflater.end();
  await once(deflater, 'end');
  return Buffer.concat(parts);
}

/** A ZIP written entry by entry (local header, data, then the central directory). */
async function writeZip(file: string, entries: StreamedEntry[]): Promise<number> {
  const out = new Appender(file);
  const central: Buffer[] = [];
  for (const entry of entries) {
    let crc = 0;
    for (let i = 0; i < entry.times; i++) crc = crc32(entry.block, crc);
    const size = entry.block.length * entry.times;
    const deflated = await compressed(entry);
    const stored = entry.method === 0 ? size : deflated.length;
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(out.at, 42);
    central.push(header, name);
    // The local header is the central one's fields from "version needed" on.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    header.copy(local, 4, 6, 30);
    await out.write(Buffer.concat([local, name]));
    if (entry.method === 8) await out.write(deflated);
    else for (let i = 0; i < entry.times; i++) await out.write(entry.block);
  }
  const directory = Buffer.concat(central);
  const end = zipEnd(entries.length, directory.length, out.at);
  await out.write(directory);
  await out.write(end);
  return out.close();
}

/** Random bytes behind a PNG signature (so an entry's first bytes are known). */
const imageBytes = (size: number): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    randomBytes(size - 8),
  ]);

const PARAGRAPH =
  '<w:p><w:r><w:t>Anchor institution plan: referrals, waiting times and outcomes by quarter.</w:t></w:r></w:p>';

/**
 * A DOCX of about `megabytes` MB: a stored image of random bytes, a document
 * part inflating to 24 MB, and an embedded document of 2 MB (a ZIP inside,
 * larger than a read window, so it is checked from a temporary file).
 * Returns its size.
 */
export async function writeLargeDocx(file: string, megabytes: number): Promise<number> {
  const block = (text: string | Buffer, name: string, method: 0 | 8, times = 1): StreamedEntry => ({
    name,
    method,
    block: Buffer.from(text),
    times,
  });
  const [contentTypes, rels] = docxEntries();
  const embedded = zip([
    ...docxEntries(),
    { name: 'word/media/image1.png', data: imageBytes(2 * MB), method: 0 },
  ]);
  return writeZip(file, [
    block(contentTypes.data, contentTypes.name, 8),
    block(rels.data, rels.name, 8),
    block(PARAGRAPH.repeat(Math.ceil(MB / PARAGRAPH.length)), 'word/document.xml', 8, 24),
    block(embedded, 'word/embeddings/Microsoft_Word_Document.docx', 0),
    block(imageBytes(MB), 'word/media/image1.png', 0, megabytes - 3),
  ]);
}
