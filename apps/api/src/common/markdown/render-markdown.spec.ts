import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('should render ordinary markdown', () => {
    expect(renderMarkdown('# Aims\n\n**Bold** and *em*\n\n- one\n- two')).toBe(
      '<h1>Aims</h1>\n<p><strong>Bold</strong> and <em>em</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('should leave a script tag as inert text when raw html is given', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('should not emit javascript: or data: links', () => {
    const html = renderMarkdown(
      '[click](javascript:alert(1)) [x](JaVaScRiPt:alert(1)) [d](data:text/html,hi) <javascript:alert(1)>',
    );
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    expect(html).not.toMatch(/<a /);
  });

  it('should keep http, https and mailto links with a safe rel', () => {
    const html = renderMarkdown(
      '[a](https://example.org) [b](mailto:lead@example.org) [c](http://x.org)',
    );
    expect(html).toContain(
      '<a href="https://example.org" rel="noopener noreferrer nofollow">a</a>',
    );
    expect(html).toContain(
      '<a href="mailto:lead@example.org" rel="noopener noreferrer nofollow">b</a>',
    );
    expect(html).toContain('<a href="http://x.org" rel="noopener noreferrer nofollow">c</a>');
  });

  it('should drop relative and protocol-relative links', () => {
    const html = renderMarkdown('[a](//evil.example) [b](/local)');
    expect(html).not.toMatch(/<a /);
  });

  it('should render an empty string for empty input', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
