import { detectFileType } from './file-type';

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

describe('detectFileType', () => {
  it('should recognise documents and images by their magic bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n...'), 'pdf')?.mime).toBe('application/pdf');
    expect(
      detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png')?.mime,
    ).toBe('image/png');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'jpg')?.mime).toBe('image/jpeg');
    expect(
      detectFileType(
        Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]),
        'webp',
      )?.mime,
    ).toBe('image/webp');
    expect(
      detectFileType(zip(['[Content_Types].xml', 'word/document.xml']), 'docx')?.extensions,
    ).toEqual(['docx']);
    expect(
      detectFileType(zip(['[Content_Types].xml', 'xl/workbook.xml']), 'xlsx')?.extensions,
    ).toEqual(['xlsx']);
    expect(
      detectFileType(zip(['[Content_Types].xml', 'ppt/presentation.xml']), 'pptx')?.extensions,
    ).toEqual(['pptx']);
    expect(detectFileType(Buffer.from('a,b\n1,2\n'), 'csv')?.mime).toBe('text/csv');
    expect(detectFileType(Buffer.from('plain notes'), 'txt')?.mime).toBe('text/plain');
  });

  it('should refuse HTML, SVG, executables, plain ZIPs and binary junk', () => {
    expect(
      detectFileType(Buffer.from('<!doctype html><script>alert(1)</script>'), 'pdf'),
    ).toBeNull();
    expect(detectFileType(Buffer.from('<svg onload="alert(1)"></svg>'), 'txt')).toBeNull();
    expect(detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'png')).toBeNull();
    expect(detectFileType(zip(['evil.exe', 'readme.txt']), 'docx')).toBeNull();
    expect(detectFileType(Buffer.from([0xc3, 0x28, 0x00]), 'txt')).toBeNull();
  });
});
