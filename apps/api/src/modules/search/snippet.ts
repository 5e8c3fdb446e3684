const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Makes a `ts_headline` passage safe to show as HTML: every character is
 * escaped except the `<mark>`/`</mark>` pairs the headline added, which are
 * kept balanced. Text that itself contains "<mark>" can at worst highlight
 * its own words; no other tag or attribute can get through.
 */
export function sanitiseSnippet(headline: string): string {
  let open = false;
  let out = '';
  for (const part of headline.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (tag === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += escapeHtml(part);
    }
  }
  return open ? `${out}</mark>` : out;
}

/** Words worth checking for spelling (letters only, 4+ characters, no operators), at most 10. */
export function queryWords(query: string): string[] {
  const words = (query.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
    (w) => w.length >= 4 && w !== 'or',
  );
  return [...new Set(words)].slice(0, 10);
}

/** The query with each misspelt word replaced, keeping quotes, OR and -word as typed. */
export function correctQuery(query: string, replacements: ReadonlyMap<string, string>): string {
  let corrected = query;
  for (const [word, best] of replacements) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    corrected = corrected.replace(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'giu'), best);
  }
  return corrected;
}

/** Words of a typed prefix for suggestions: letters and digits only, at most 5. */
export function prefixWords(prefix: string): string[] {
  return (prefix.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 5);
}
