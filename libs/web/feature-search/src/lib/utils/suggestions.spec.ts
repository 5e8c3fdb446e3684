import { describe, expect, it } from '@jest/globals';
import { safeLocalUrl, suggestionPrefix, suggestionViews } from './suggestions';

describe('suggestionPrefix', () => {
  it('needs at least 2 characters after trimming, and bounds the length', () => {
    expect(suggestionPrefix(null)).toBeNull();
    expect(suggestionPrefix(' e ')).toBeNull();
    expect(suggestionPrefix('  em   pl ')).toBe('em pl');
    expect(suggestionPrefix('x'.repeat(300))).toHaveLength(100);
  });
});

describe('safeLocalUrl', () => {
  it('keeps same-site paths and the path of http(s) URLs', () => {
    expect(safeLocalUrl('/case-studies/work4health')).toBe('/case-studies/work4health');
    expect(safeLocalUrl('https://commons.example/events/x?y=1#z')).toBe('/events/x?y=1#z');
  });

  it('refuses protocol-relative, script and malformed URLs', () => {
    expect(safeLocalUrl('//evil.example/x')).toBeNull();
    expect(safeLocalUrl('/\\evil.example')).toBeNull();
    expect(safeLocalUrl('javascript:alert(1)')).toBeNull();
    expect(safeLocalUrl('data:text/html,x')).toBeNull();
    expect(safeLocalUrl('not a url')).toBeNull();
  });
});

describe('suggestionViews', () => {
  it('drops suggestions whose URL is not same-site', () => {
    expect(
      suggestionViews({
        searchSuggestions: [
          { type: 'CASE_STUDY', id: '1', title: 'Work4Health', url: '/case-studies/work4health' },
          { type: 'EVENT', id: '2', title: 'Bad', url: 'javascript:alert(1)' },
        ],
      }),
    ).toEqual([
      { type: 'CASE_STUDY', id: '1', title: 'Work4Health', url: '/case-studies/work4health' },
    ]);
  });
});
