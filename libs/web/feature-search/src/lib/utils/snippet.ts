/** One run of snippet text, highlighted (`<mark>`) or not. */
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the entities the API's escaping produces (named, decimal and hex); unknown ones stay as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits the API's `snippetHtml` into plain-text runs, marked or not. Only
 * exact `<mark>` and `</mark>` tags are honoured (nesting collapses, a stray
 * `</mark>` is dropped, an unclosed one ends with the snippet); everything else,
 * tags included, stays text, so React escapes it when rendering. The web never
 * puts the API's HTML into the page as HTML.
 */
export function snippetSegments(html: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      marked = true;
      continue;
    }
    if (tag === '</mark>') {
      marked = false;
      continue;
    }
    const text = decodeEntities(part);
    if (!text) continue;
    const last = segments[segments.length - 1];
    if (last && last.mark === marked) last.text += text;
    else segments.push({ text, mark: marked });
  }
  return segments;
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The snippet as HTML in which `<mark>` is the only element (everything else escaped). */
export function sanitiseSnippetHtml(html: string): string {
  return snippetSegments(html)
    .map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}
