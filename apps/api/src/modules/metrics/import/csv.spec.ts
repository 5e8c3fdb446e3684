import { CsvError, csvCell, parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('should read plain rows with LF or CRLF and a missing final line break', () => {
    expect(parseCsv('a,b\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('should strip a byte order mark and skip blank lines', () => {
    expect(parseCsv('\uFEFFmetric_key,value\r\n\r\nJOBS,150\r\n')).toEqual([
      ['metric_key', 'value'],
      ['JOBS', '150'],
    ]);
  });

  it('should read quoted fields with commas, doubled quotes and line breaks', () => {
    expect(
      parseCsv('title,note\n"Report, 2024","He said ""more than"" 150\nsince 2019"\n'),
    ).toEqual([
      ['title', 'note'],
      ['Report, 2024', 'He said "more than" 150\nsince 2019'],
    ]);
  });

  it('should keep empty fields, including a quoted empty one', () => {
    expect(parseCsv('a,,""\n,,')).toEqual([
      ['a', '', ''],
      ['', '', ''],
    ]);
  });

  it('should refuse an unclosed quote and stray quotes, naming the row', () => {
    expect(() => parseCsv('a\n"open')).toThrow(
      new CsvError('Row 2: a quoted field is not closed', 2),
    );
    expect(() => parseCsv('a"b')).toThrow('Row 1: a quote can only start a field');
    expect(() => parseCsv('"a"b')).toThrow(
      'Row 1: a quote must be followed by a comma or a line end',
    );
  });
});

describe('csvCell', () => {
  it('should neutralise formulas and quote when needed', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Row 7, value')).toBe('"Row 7, value"');
    expect(csvCell(150)).toBe('150');
    expect(csvCell(null)).toBe('');
  });
});
