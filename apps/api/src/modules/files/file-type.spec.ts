import * as fx from '../../../test/integration/files/fixtures';
import { BufferSource } from './content/random-access-source';
import { detectFileType, detectOfficeType } from './file-type';

/** A minimal ZIP with the given entry names (stored, empty). */
function zip(names: string[]): Buffer {
  const parts = names.map((name) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, Buffer.from(name)]);
  });
  return Buffer.concat(parts);
}

const mime = async (buf: Buffer, extension: string): Promise<string | undefined> =>
  (await detectFileType(buf, extension))?.mime;
const kind = async (buf: Buffer, extension: string): Promise<string[] | undefined> =>
  (await detectFileType(buf, extension))?.extensions;

describe('detectFileType', () => {
  it('should recognise documents and images by their magic bytes', async () => {
    expect(await mime(Buffer.from('%PDF-1.7\n...'), 'pdf')).toBe('application/pdf');
    expect(
      await mime(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png'),
    ).toBe('image/png');
    expect(await mime(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'jpg')).toBe('image/jpeg');
    expect(
      await mime(
        Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]),
        'webp',
      ),
    ).toBe('image/webp');
    expect(await kind(zip(['[Content_Types].xml', 'word/document.xml']), 'docx')).toEqual(['docx']);
    expect(await kind(zip(['[Content_Types].xml', 'xl/workbook.xml']), 'xlsx')).toEqual(['xlsx']);
    expect(await kind(zip(['[Content_Types].xml', 'ppt/presentation.xml']), 'pptx')).toEqual([
      'pptx',
    ]);
    expect(await mime(Buffer.from('a,b\n1,2\n'), 'csv')).toBe('text/csv');
    expect(await mime(Buffer.from('plain notes'), 'txt')).toBe('text/plain');
  });

  it('should refuse HTML, SVG, executables, plain ZIPs and binary junk', async () => {
    expect(
      await detectFileType(Buffer.from('<!doctype html><script>alert(1)</script>'), 'pdf'),
    ).toBeNull();
    expect(await detectFileType(Buffer.from('<svg onload="alert(1)"></svg>'), 'txt')).toBeNull();
    expect(await detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'png')).toBeNull();
    expect(await detectFileType(zip(['evil.exe', 'readme.txt']), 'docx')).toBeNull();
    expect(await detectFileType(Buffer.from([0xc3, 0x28, 0x00]), 'txt')).toBeNull();
  });
});

describe('detectOfficeType', () => {
  const officeKind = async (buf: Buffer, window?: number): Promise<string | undefined> =>
    (await detectOfficeType(new BufferSource(buf, window)))?.extensions[0];

  it('should tell DOCX, XLSX and PPTX apart by reading headers, whatever the read window', async () => {
    for (const window of [64, 100, undefined]) {
      expect(await officeKind(fx.realDocx(), window)).toBe('docx');
      expect(await officeKind(fx.realXlsx(), window)).toBe('xlsx');
      expect(await officeKind(fx.realPptx(), window)).toBe('pptx');
      expect(await officeKind(fx.zip([{ name: 'evil.exe', data: 'MZ' }]), window)).toBeUndefined();
    }
  });

  it('should fall back to the central directory when local headers stop early', async () => {
    // A data descriptor (flag bit 3) on the first entry: its size is not in the local header.
    const xlsx = fx.realXlsx();
    xlsx.writeUInt16LE(xlsx.readUInt16LE(6) | 0x08, 6);
    expect(await officeKind(xlsx, 64)).toBe('xlsx');
    expect(await officeKind(xlsx)).toBe('xlsx');
  });
});
