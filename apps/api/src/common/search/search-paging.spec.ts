import { decodeSearchCursor, encodeSearchCursor, labelsOf, searchText } from './search-paging';

describe('search paging helpers', () => {
  it('should round-trip a cursor keeping PostgreSQL microseconds and any id', () => {
    const cursor = encodeSearchCursor('2026-12-05 16:22:09.123456+00', 'a1b2:section|key');
    expect(decodeSearchCursor(cursor)).toEqual({
      changedKey: '2026-12-05 16:22:09.123456+00',
      id: 'a1b2:section|key',
    });
  });

  it('should read no cursor and a malformed one as the start', () => {
    expect(decodeSearchCursor(null)).toBeNull();
    expect(decodeSearchCursor('')).toBeNull();
    expect(decodeSearchCursor('garbage')).toBeNull();
    expect(decodeSearchCursor(Buffer.from('not a date|x').toString('base64url'))).toBeNull();
  });

  it('should turn Markdown into plain text without a length cap, dropping empty parts', () => {
    const long = 'word '.repeat(400);
    expect(searchText('# Title\n\nSome **bold** and [a link](https://x.test).', null, '', 'Two')).toBe(
      'Title Some bold and a link.\nTwo',
    );
    expect(searchText(long).length).toBeGreaterThan(1500);
    // Plain text, not HTML: raw HTML in the source stays as the characters typed (escape on output).
    expect(searchText('<b>x</b> safe')).toBe('<b>x</b> safe');
  });

  it('should keep only labelled codes', () => {
    expect(labelsOf([['QHL', 'Birmingham and Solihull'], ['X', undefined]])).toEqual({
      QHL: 'Birmingham and Solihull',
    });
  });
});
