import { decodeMultipartName, sanitiseFileName } from './file-name';

const latin1 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

describe('sanitiseFileName', () => {
  it('should undo busboy’s Latin-1 reading of a UTF-8 name', () => {
    expect(decodeMultipartName(latin1('Réunion – café ☕.pdf'))).toBe('Réunion – café ☕.pdf');
    expect(sanitiseFileName(latin1('Bericht über Gesundheit.docx'))).toBe(
      'Bericht über Gesundheit.docx',
    );
  });

  it('should keep a name that is not valid UTF-8 as it was', () => {
    expect(decodeMultipartName('caf\u00e9.pdf')).toBe('caf\u00e9.pdf');
  });

  it('should strip bidirectional overrides, isolates and marks', () => {
    expect(sanitiseFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseFileName('a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch.pdf')).toBe(
      'abcdefgh.pdf',
    );
    expect(sanitiseFileName(latin1('report\u202Egpj.pdf'))).toBe('reportgpj.pdf');
  });

  it('should strip C0 and C1 control characters including NUL', () => {
    expect(sanitiseFileName('plan\u0000\u0007\u001b.pdf')).toBe('plan.pdf');
    expect(sanitiseFileName('plan\u0085\u009f.pdf')).toBe('plan.pdf');
    expect(sanitiseFileName('two\r\nlines.pdf')).toBe('twolines.pdf');
  });

  it('should replace path separators and quotes', () => {
    expect(sanitiseFileName('../../etc/"passwd".txt')).toBe('.._.._etc__passwd_.txt');
  });

  it('should cut long names to 200 characters keeping the extension', () => {
    const cut = sanitiseFileName(`${'é'.repeat(300)}.xlsx`);
    expect([...cut]).toHaveLength(200);
    expect(cut.endsWith('é.xlsx')).toBe(true);
  });

  it('should never be empty', () => {
    expect(sanitiseFileName('')).toBe('file');
    expect(sanitiseFileName('\u0000\u0001\u202E\u2066')).toBe('file');
    expect(sanitiseFileName('   ')).toBe('file');
  });
});
