import { correctQuery, prefixWords, queryWords, sanitiseSnippet } from './snippet';

describe('sanitiseSnippet', () => {
  it('should keep the headline marks and escape everything else', () => {
    expect(sanitiseSnippet('local <mark>jobs</mark> for <b>residents</b> & "carers"')).toBe(
      'local <mark>jobs</mark> for &lt;b&gt;residents&lt;/b&gt; &amp; &quot;carers&quot;',
    );
  });

  it('should never let a script or an attribute through', () => {
    const html = sanitiseSnippet(
      '<mark onclick="x()">a</mark><script>alert(1)</script><img src=x onerror=y>',
    );
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;mark onclick=');
  });

  it('should balance stray marks', () => {
    expect(sanitiseSnippet('</mark>a <mark>b <mark>c')).toBe('a <mark>b c</mark>');
  });
});

describe('queryWords', () => {
  it('should take letters-only words of four or more characters, without OR or quotes', () => {
    expect(queryWords('"Procurment social" OR -value of NHS')).toEqual([
      'procurment',
      'social',
      'value',
    ]);
  });
});

describe('correctQuery', () => {
  it('should replace whole words only and keep operators', () => {
    expect(
      correctQuery(
        '"Procurment" OR procurments -emplyment',
        new Map([
          ['procurment', 'procurement'],
          ['emplyment', 'employment'],
        ]),
      ),
    ).toBe('"procurement" OR procurments -employment');
  });
});

describe('prefixWords', () => {
  it('should drop tsquery syntax', () => {
    expect(prefixWords("emp:* & !x | 'a'")).toEqual(['emp', 'x', 'a']);
  });
});
