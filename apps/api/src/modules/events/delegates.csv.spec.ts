import { csvCell, neutraliseCell, toCsv } from './delegates.csv';

describe('delegates.csv', () => {
  it('should neutralise cells that a spreadsheet would read as formulas', () => {
    for (const bad of ['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseCell(bad).startsWith("'")).toBe(true);
    }
    expect(neutraliseCell('Alice')).toBe('Alice');
  });

  it('should quote cells with commas, quotes and newlines', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(toCsv(['a', 'b'], [['x,y', null]])).toBe('a,b\r\n"x,y",\r\n');
  });
});
