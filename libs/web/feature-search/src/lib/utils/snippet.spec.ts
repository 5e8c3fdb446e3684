import { describe, expect, it } from '@jest/globals';
import { decodeEntities, sanitiseSnippetHtml, snippetSegments } from './snippet';

describe('snippetSegments', () => {
  it('splits marked and plain text', () => {
    expect(snippetSegments('Helping people into <mark>work</mark> and <mark>jobs</mark>.')).toEqual(
      [
        { text: 'Helping people into ', mark: false },
        { text: 'work', mark: true },
        { text: ' and ', mark: false },
        { text: 'jobs', mark: true },
        { text: '.', mark: false },
      ],
    );
  });

  it('keeps any other tag as text, never as an element', () => {
    const segments = snippetSegments(
      '<script>alert(1)</script><mark>x</mark><img src=x onerror=alert(1)>',
    );
    expect(segments).toEqual([
      { text: '<script>alert(1)</script>', mark: false },
      { text: 'x', mark: true },
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });

  it('decodes the API escaping once (no double escaping, no decoded tags becoming elements)', () => {
    expect(snippetSegments('Fish &amp; chips &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#x27;')).toEqual([
      { text: "Fish & chips <b>bold</b> 'quoted'", mark: false },
    ]);
  });

  it('does not honour marks with attributes, and copes with stray and unclosed marks', () => {
    expect(snippetSegments('<mark onclick="x()">a</mark>')).toEqual([
      { text: '<mark onclick="x()">a', mark: false },
    ]);
    expect(snippetSegments('a</mark>b<MARK>c')).toEqual([
      { text: 'ab', mark: false },
      { text: 'c', mark: true },
    ]);
    expect(snippetSegments('<mark><mark>a</mark></mark>b')).toEqual([
      { text: 'a', mark: true },
      { text: 'b', mark: false },
    ]);
  });

  it('gives nothing for an empty snippet', () => {
    expect(snippetSegments('')).toEqual([]);
    expect(snippetSegments('<mark></mark>')).toEqual([]);
  });
});

describe('sanitiseSnippetHtml', () => {
  it('leaves <mark> as the only element', () => {
    const html = sanitiseSnippetHtml(
      '<mark>work</mark> <script>x</script> <a href="javascript:x">y</a> &lt;iframe&gt; "q" \'s\'',
    );
    expect(html).toBe(
      '<mark>work</mark> &lt;script&gt;x&lt;/script&gt; &lt;a href=&quot;javascript:x&quot;&gt;y&lt;/a&gt; &lt;iframe&gt; &quot;q&quot; &#39;s&#39;',
    );
    expect(html.match(/<[a-z/]+/gi)).toEqual(['<mark', '</mark']);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#169;&#xA9;&bogus;&#0;')).toBe(
      '&<>"\'©©&bogus;&#0;',
    );
  });
});
