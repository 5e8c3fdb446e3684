import { deflateSync } from 'node:zlib';

import * as fx from '../../../../test/integration/files/fixtures';
import {
  EVERY_SOURCE,
  SMALL_WINDOW_SOURCES,
  outcome,
  removeTestFiles,
} from './content-sources.testing';
import type { Outcome } from './content-sources.testing';
import { MIN_READ_WINDOW_BYTES, READ_WINDOW_BYTES } from './random-access-source';

afterAll(removeTestFiles);

/** Each sweep checks a few hundred small files (written to disk for the file sources). */
const SWEEP_MS = 60_000;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const VBA = Buffer.from('_VBA_PROJECT', 'utf16le');
const DOCM_MAIN =
  '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>';
const PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';

/** A PDF whose catalog holds `catalog` and whose third object is an object stream packing `packed`. */
function objectStreamPdf(
  packed: string,
  options: { pad?: number; filter?: string; eol?: string; catalog?: string } = {},
): Buffer {
  const { pad = 0, filter = '/FlateDecode', eol = '\r\n', catalog = '' } = options;
  const dictionary = `${' '.repeat(pad)}<< /Type /ObjStm /N 1 /First 4 /Filter ${filter} >>stream${eol}`;
  return fx.pdfFrom([
    `<< /Type /Catalog /Pages 2 0 R ${catalog}>>`,
    PAGES,
    Buffer.concat([
      Buffer.from(dictionary, 'latin1'),
      deflateSync(Buffer.from(packed, 'latin1')),
      Buffer.from(`${eol}endstream`, 'latin1'),
    ]),
  ]);
}

/** `length` bytes of a document part, stored, to move what follows it along. */
const padding = (length: number): fx.ZipEntry => ({
  name: 'word/padding.xml',
  data: 'p'.repeat(length),
  method: 0,
});

describe.each(SMALL_WINDOW_SOURCES)('markers across read-window edges: $label', (kind) => {
  /**
   * The outcomes for a file built with 0 to 63 bytes of padding before
   * its marker: with 64-byte reads, the marker lies across a window edge
   * at every possible split in some of them.
   */
  async function outcomesShifted(
    make: (pad: number) => Buffer | Promise<Buffer>,
    extension: string,
  ): Promise<Outcome[]> {
    const seen = new Set<Outcome>();
    for (let pad = 0; pad < MIN_READ_WINDOW_BYTES; pad++)
      seen.add(await outcome(kind, await make(pad), extension));
    return [...seen];
  }

  const openAction = (action: string) => (pad: number) =>
    fx.pdfWithOpenAction(`${' '.repeat(pad)}${action}`);

  it(
    'should find PDF names, hex-escaped names and script links',
    async () => {
      const refused: [string, Outcome][] = [
        ['<< /S /JavaScript /JS (app.alert(1)) >>', 'PdfJavaScript'],
        ['<< /S /J#61v#61Script /J#53 (app.alert(1)) >>', 'PdfJavaScript'],
        [
          `<< /S /URI /URI${' \n'.repeat(90)}(${' '.repeat(90)}javascript:app.alert(1)) >>`,
          'PdfJavaScript',
        ],
        ['<< /S /Launch /F (cmd.exe) >>', 'PdfLaunch'],
        ['<< /Names << /EmbeddedFiles 9 0 R >> >>', 'PdfEmbeddedFile'],
        ['<< /S /URI /URI (https://commons.example.org/javascript) >>', 'ok'],
      ];
      for (const [action, reason] of refused)
        expect(await outcomesShifted(openAction(action), 'pdf')).toEqual([reason]);
    },
    SWEEP_MS,
  );

  it(
    'should find markup in a PDF, however long the white space inside it',
    async () => {
      const after = (text: string) => (pad: number) =>
        Buffer.concat([
          fx.pdfFrom(['<< /Type /Catalog >>']),
          Buffer.from(`${'%'.repeat(pad)}${text}`),
        ]);
      expect(await outcomesShifted(after('<script>alert(1)</script>'), 'pdf')).toEqual([
        'EmbeddedMarkup',
      ]);
      expect(await outcomesShifted(after(`<!doctype${' /'.repeat(150)}html>`), 'pdf')).toEqual([
        'EmbeddedMarkup',
      ]);
      expect(await outcomesShifted(after('<scrip t>'), 'pdf')).toEqual(['ok']);
    },
    SWEEP_MS,
  );

  it(
    'should find object streams after any end of line, and what is packed in them',
    async () => {
      for (const eol of ['\r\n', '\n', '\r']) {
        const packed = (text: string) => (pad: number) => objectStreamPdf(text, { pad, eol });
        expect(await outcomesShifted(packed('4 0 << /S /J#61vaScript >>'), 'pdf')).toEqual([
          'PdfJavaScript',
        ]);
        expect(
          await outcomesShifted(packed('4 0 << /S /URI /URI (https://x.org) >>'), 'pdf'),
        ).toEqual(['ok']);
      }
    },
    SWEEP_MS,
  );

  it(
    'should judge filter names whole, however long, and /Encrypt only as a whole name',
    async () => {
      const filtered = (filter: string) => (pad: number) =>
        objectStreamPdf('4 0 << >>', { filter: `${' '.repeat(pad)}${filter}` });
      expect(
        await outcomesShifted(filtered(`[/FlateDecode /${'Q'.repeat(150)}Decode]`), 'pdf'),
      ).toEqual(['Damaged']);
      expect(await outcomesShifted(filtered(`/${'#51'.repeat(60)}D#65c#6fde`), 'pdf')).toEqual([
        'Damaged',
      ]);
      expect(
        await outcomesShifted(filtered(`[/FlateDecode /${'Q'.repeat(150)}Decodex]`), 'pdf'),
      ).toEqual(['ok']);
      const encrypted = (name: string) => (pad: number) =>
        objectStreamPdf('4 0 << >>', {
          filter: '/Crypt',
          catalog: `${' '.repeat(pad)}${name} 9 0 R `,
        });
      expect(await outcomesShifted(encrypted('/Encrypt'), 'pdf')).toEqual(['Encrypted']);
      expect(await outcomesShifted(encrypted('/EncryptX'), 'pdf')).toEqual(['Damaged']);
    },
    SWEEP_MS,
  );

  it(
    'should find markup in PNG text chunks, compressed or not',
    async () => {
      const png = await fx.realPng();
      const text = (pad: number) =>
        fx.withPngChunk(
          png,
          'tEXt',
          Buffer.from(`Comment\0${'x'.repeat(pad)}<svg onload=alert(1)>`),
        );
      const compressed = (pad: number) =>
        fx.withPngChunk(
          png,
          'zTXt',
          Buffer.concat([
            Buffer.from(`Comment${'k'.repeat(pad)}\0\0`),
            deflateSync('<script>1</script>'),
          ]),
        );
      expect(await outcomesShifted(text, 'png')).toEqual(['EmbeddedMarkup']);
      expect(await outcomesShifted(compressed, 'png')).toEqual(['EmbeddedMarkup']);
    },
    SWEEP_MS,
  );

  it(
    'should find macro content types and VBA projects in Office files',
    async () => {
      const stored = (entries: fx.ZipEntry[]) => entries.map((e) => ({ ...e, method: 0 as const }));
      const macroType = (pad: number) =>
        fx.zip([padding(pad), ...stored(fx.docxEntries(DOCM_MAIN))]);
      const oleObject = (pad: number) =>
        fx.zip([
          ...fx.docxEntries(),
          {
            name: 'word/embeddings/oleObject1.bin',
            data: Buffer.concat([OLE, Buffer.alloc(pad), VBA]),
            method: 0,
          },
        ]);
      const legacy = (pad: number) =>
        Buffer.concat([OLE, Buffer.alloc(504 + pad), VBA, Buffer.alloc(64)]);
      expect(await outcomesShifted(macroType, 'docx')).toEqual(['Macros']);
      expect(await outcomesShifted(oleObject, 'docx')).toEqual(['Macros']);
      expect(await outcomesShifted(legacy, 'doc')).toEqual(['Macros']);
      expect(
        await outcomesShifted((pad) => fx.zip([padding(pad), ...fx.docxEntries()]), 'docx'),
      ).toEqual(['ok']);
    },
    SWEEP_MS,
  );
});

describe.each(EVERY_SOURCE)('unusual and damaged files: $label', (kind) => {
  it(
    'should read a central directory larger than one read window',
    async () => {
      const long = 'n'.repeat(900);
      const docx = fx.zip([
        ...fx.docxEntries(),
        ...Array.from({ length: 1200 }, (_, i) => ({
          name: `word/media/${long}${i}.xml`,
          data: 'x',
        })),
      ]);
      const directory = docx.readUInt32LE(docx.length - 22 + 12);
      expect(directory).toBeGreaterThan(READ_WINDOW_BYTES);
      expect(await outcome(kind, docx, 'docx')).toBe('ok');
    },
    SWEEP_MS,
  );

  /** The outcomes of the first 0, 1/40, 2/40 … of `bytes`. */
  async function truncations(bytes: Buffer, extension: string): Promise<Outcome[]> {
    const seen = new Set<Outcome>();
    for (let i = 0; i < 40; i++)
      seen.add(
        await outcome(kind, bytes.subarray(0, Math.floor((bytes.length * i) / 40)), extension),
      );
    return [...seen].sort();
  }

  it(
    'should refuse truncated files cleanly (a reason, never an error or a hang)',
    async () => {
      expect(await truncations(fx.realDocx(), 'docx')).toEqual(['Damaged', 'unknown-type']);
      const pdf = objectStreamPdf('4 0 << /S /URI /URI (https://x.org) >>'.repeat(20));
      expect(await truncations(pdf, 'pdf')).toEqual(['Damaged', 'ok', 'unknown-type']);
      expect(await truncations(await fx.realPng(), 'png')).toEqual(['ok', 'unknown-type']);
    },
    SWEEP_MS,
  );

  it(
    'should refuse lying headers cleanly',
    async () => {
      const docx = fx.realDocx();
      const farDirectory = Buffer.from(docx);
      farDirectory.writeUInt32LE(0x7fffffff, docx.length - 22 + 16);
      expect(await outcome(kind, farDirectory, 'docx')).toBe('Damaged');
      const countless = Buffer.from(docx);
      countless.writeUInt16LE(0xffff, docx.length - 22 + 10);
      expect(await outcome(kind, countless, 'docx')).toBe('ArchiveTooLarge');
      const png = await fx.realPng();
      const hugeChunk = Buffer.from(png);
      hugeChunk.writeUInt32BE(0xfffffff0, 8);
      expect(await outcome(kind, hugeChunk, 'png')).toBe('ok');
      // No endstream, and the compressed objects cut short.
      const pdf = objectStreamPdf('4 0 << >>');
      const cut = pdf.subarray(0, pdf.indexOf('endstream') - 6);
      expect(await outcome(kind, cut, 'pdf')).toBe('Damaged');
    },
    SWEEP_MS,
  );
});
