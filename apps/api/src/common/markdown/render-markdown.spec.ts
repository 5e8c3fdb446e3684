import { markdownToText, renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('should render ordinary Markdown', () => {
    expect(renderMarkdown('**Work4Health** put *150* people into jobs')).toBe(
      '<p><strong>Work4Health</strong> put <em>150</em> people into jobs</p>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror=alert(1)>', /<img/i],
    ['<svg onload=alert(1)></svg>', /<svg/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['[click](javascript:alert(1))', /href="javascript:/i],
    ['[data](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['<a href="javascript:alert(1)">x</a>', /<a[^>]*href="javascript/i],
  ])('should render %s inert', (source, forbidden) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(forbidden);
    // Escaped text is fine; no real element may carry an event handler.
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
  });

  it('should add safe rel to external links', () => {
    expect(renderMarkdown('[source](https://example.org/report)')).toContain(
      'rel="noopener noreferrer nofollow"',
    );
  });

  it('should give plain text for snippets', () => {
    expect(markdownToText('# Title\n\nSome **bold** text <b>raw</b>')).toBe(
      'Title Some bold text <b>raw</b>',
    );
  });
});
