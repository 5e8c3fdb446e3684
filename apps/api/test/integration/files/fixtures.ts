/**
 * Upload fixtures, built in code so every refused case is visible and
 * reproducible: real documents (pdfkit, pngjs, a minimal OOXML package)
 * and the hostile variants of each. Used by the unit specs beside the
 * inspectors and by the integration specs. `fixtures/photo.jpg` is a
 * 16×16 JFIF image (CPython's test data).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync, deflateSync } from 'node:zlib';

import PDFDocument from 'pdfkit';
import { toBuffer as qrToBuffer } from 'qrcode';

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A 1×1 lossless WebP (the image Modernizr uses to detect WebP support). */
export function realWebp(): Buffer {
  return Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
}

export function realJpeg(): Buffer {
  return readFileSync(path.join(__dirname, 'fixtures', 'photo.jpg'));
}

/** A real one-page PDF with text, a shape and compressed streams. */
export function realPdf(text = 'Referral pathway: quarterly report'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: 'Report' } });
    const parts: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => parts.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.fontSize(18).text(text);
    doc.moveDown().fontSize(11).text('Walsall Healthcare NHS Trust. Figures in thousands.');
    doc.rect(50, 200, 200, 100).fill('#005eb8');
    doc.end();
  });
}

/** A real PNG (a QR code, as the events badges draw them) with a tEXt chunk. */
export async function realPng(): Promise<Buffer> {
  const png = await qrToBuffer('https://commons.example.org/events', { type: 'png', width: 64 });
  return withPngChunk(png, 'tEXt', Buffer.from('Comment\0Referrals chart'));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Inserts a chunk right after IHDR. */
export function withPngChunk(png: Buffer, type: string, data: Buffer): Buffer {
  const afterIhdr = 8 + 12 + png.readUInt32BE(8);
  return Buffer.concat([png.subarray(0, afterIhdr), pngChunk(type, data), png.subarray(afterIhdr)]);
}

/** A classic PDF built from object bodies (`1 0 obj` … `endobj` added), with an xref table. */
export function pdfFrom(objects: (string | Buffer)[], header = '%PDF-1.7'): Buffer {
  const parts: Buffer[] = [Buffer.from(`${header}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(obj);
    length += obj.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const PAGES = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
];

/** A PDF whose catalog opens with `action` (e.g. a JavaScript action dictionary). */
export function pdfWithOpenAction(action: string): Buffer {
  return pdfFrom([`<< /Type /Catalog /Pages 2 0 R /OpenAction ${action} >>`, ...PAGES.slice(1)]);
}

/** A PDF 1.5 whose JavaScript action hides inside a FlateDecode object stream (or, with `clean`, an ordinary URI action). */
export function pdfWithJavaScriptInObjectStream(clean = false, type = '/ObjStm'): Buffer {
  const packed = clean
    ? '4 0 << /S /URI /URI (https://commons.example.org) >>'
    : '4 0 << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>';
  const first = '4 0 '.length;
  const compressed = deflateSync(Buffer.from(packed, 'latin1'));
  return pdfFrom(
    [
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      ...PAGES.slice(1),
      Buffer.concat([
        Buffer.from(
          `<< /Type ${type} /N 1 /First ${first} /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
          'latin1',
        ),
        compressed,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    ],
    '%PDF-1.5',
  );
}

export function pdfWithEmbeddedFile(): Buffer {
  return pdfFrom([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>',
    ...PAGES.slice(1),
    '<< /Names [(payload.exe) << /Type /Filespec /F (payload.exe) /EF << /F 5 0 R >> >>] >>',
    '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
  ]);
}

/** A PDF whose bytes are also a web page (e.g. HTML after the trailer or inside a comment). */
export function pdfHtmlPolyglot(): Buffer {
  return Buffer.concat([
    pdfFrom([...PAGES]),
    Buffer.from('<html><body><script>fetch("/graphql")</script></body></html>\n'),
  ]);
}

export async function pngHtmlPolyglot(): Promise<Buffer> {
  return withPngChunk(await realPng(), 'tEXt', Buffer.from('Comment\0<svg onload=alert(1)>'));
}

export async function pngWithCompressedScript(): Promise<Buffer> {
  return withPngChunk(
    await realPng(),
    'zTXt',
    Buffer.concat([
      Buffer.from('Comment\0\0'),
      deflateSync(Buffer.from('<script>alert(1)</script>')),
    ]),
  );
}

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** 8 (deflate, default) or 0 (stored). */
  method?: 0 | 8;
  /** Lie about the inflated size in the headers. */
  declaredSize?: number;
  /** Raw already-compressed data to place instead of compressing `data`. */
  compressed?: Buffer;
}

/** A ZIP (local headers, data, central directory, end record) written byte by byte. */
export function zip(entries: ZipEntry[], options: { overlap?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let firstOffset = 0;
  entries.forEach((entry, i) => {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data;
    const method = entry.method ?? 8;
    const body = entry.compressed ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = entry.declaredSize ?? raw.length;
    const name = Buffer.from(entry.name);
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    if (i === 0) firstOffset = offset;
    // The overlap trick: every later entry points back at the first one's bytes.
    central.writeUInt32LE(options.overlap && i > 0 ? firstOffset : offset, 42);
    centrals.push(Buffer.concat([central, name]));
    if (!(options.overlap && i > 0)) {
      const part = Buffer.concat([local, name, body]);
      locals.push(part);
      offset += part.length;
    }
  });
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="PART"/></Relationships>`;

function contentTypes(main: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${main}${extra}</Types>`;
}

const DOCX_MAIN =
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>';
const DOCM_MAIN =
  '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>';

const DOCUMENT_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Anchor institution plan</w:t></w:r></w:p></w:body></w:document>`;

export function docxEntries(main = DOCX_MAIN): ZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: contentTypes(main) },
    { name: '_rels/.rels', data: RELS.replace('PART', 'word/document.xml') },
    { name: 'word/document.xml', data: DOCUMENT_XML },
  ];
}

export function realDocx(): Buffer {
  return zip(docxEntries());
}

export function realXlsx(): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data: contentTypes(
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
      ),
    },
    { name: '_rels/.rels', data: RELS.replace('PART', 'xl/workbook.xml') },
    {
      name: 'xl/workbook.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Referrals" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>',
    },
  ]);
}

export function realPptx(): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data: contentTypes(
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
      ),
    },
    { name: '_rels/.rels', data: RELS.replace('PART', 'ppt/presentation.xml') },
    {
      name: 'ppt/presentation.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    },
  ]);
}

/** A macro-enabled Word document (.docm content) whatever it is named. */
export function docmWithVbaProject(): Buffer {
  return zip([
    ...docxEntries(DOCM_MAIN),
    {
      name: 'word/vbaProject.bin',
      data: Buffer.concat([OLE_HEADER, Buffer.from('_VBA_PROJECT', 'utf16le')]),
    },
  ]);
}

/** Only the content type gives the macros away (no vbaProject.bin entry). */
export function docxWithMacroContentType(): Buffer {
  return zip(docxEntries(DOCM_MAIN));
}

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A legacy .doc/.xls (OLE compound file) with a VBA project storage. */
export function oleWithMacros(): Buffer {
  return Buffer.concat([
    OLE_HEADER,
    Buffer.alloc(504),
    Buffer.from('_VBA_PROJECT', 'utf16le'),
    Buffer.alloc(64),
  ]);
}

/** `size` bytes of zeros as raw DEFLATE, compressed as a stream (never holding `size` bytes). */
export function deflatedZeros(size: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflater = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflater.on('data', (chunk: Buffer) => out.push(chunk));
    deflater.on('end', () => resolve(Buffer.concat(out)));
    deflater.on('error', reject);
    const block = Buffer.alloc(1024 * 1024);
    let left = size;
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!deflater.write(block.subarray(0, n))) {
          deflater.once('drain', pump);
          return;
        }
      }
      deflater.end();
    };
    pump();
  });
}

/** A DOCX whose one extra part inflates to `size` bytes, declared honestly or as `declaredSize`. */
export async function docxBomb(size: number, declaredSize = size): Promise<Buffer> {
  return zip([
    ...docxEntries(),
    {
      name: 'word/media/blank.xml',
      data: Buffer.alloc(0),
      compressed: await deflatedZeros(size),
      declaredSize,
    },
  ]);
}

/** A DOCX with 50 entries that all point at the same bytes (overlapping entries). */
export function docxOverlapping(): Buffer {
  const entries = docxEntries();
  for (let i = 0; i < 50; i++)
    entries.push({ name: `word/media/copy${i}.xml`, data: DOCUMENT_XML });
  // Overlap: the first entry's bytes are reused by every later entry.
  return zip(
    [{ name: '[Content_Types].xml', data: contentTypes(DOCX_MAIN) }, ...entries.slice(1)],
    { overlap: true },
  );
}

/** A DOCX carrying a ZIP carrying a ZIP. */
export function docxNested(): Buffer {
  const inner = zip([{ name: 'deeper.zip', data: zip([{ name: 'payload.txt', data: 'x' }]) }]);
  return zip([...docxEntries(), { name: 'word/embeddings/package.zip', data: inner }]);
}

export function truncated(buf: Buffer, keep = 0.6): Buffer {
  return buf.subarray(0, Math.floor(buf.length * keep));
}
