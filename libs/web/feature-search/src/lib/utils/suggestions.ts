import type { SearchDocumentType, SearchSuggestionsQuery } from '@mic/web-data-access';

/** Shortest prefix the API suggests for. */
export const MIN_PREFIX = 2;
const MAX_PREFIX = 100;

/** One suggestion as the web's suggestions route answers it. */
export interface SearchSuggestionView {
  type: SearchDocumentType;
  id: string;
  title: string;
  url: string;
}

/** The prefix to ask about (trimmed, bounded), or null when too short. */
export function suggestionPrefix(raw: string | null): string | null {
  const prefix = (raw ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_PREFIX);
  return prefix.length >= MIN_PREFIX ? prefix : null;
}

/**
 * A same-site path for a result or suggestion URL, or null: the web never
 * links a result to another site or a `javascript:` URL. An absolute http(s)
 * URL keeps only its path, query and fragment.
 */
export function safeLocalUrl(url: string): string | null {
  if (/^\/(?![/\\])\S*$/.test(url)) return url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return null;
  }
}

/** The API's suggestions for the browser: local URLs only. */
export function suggestionViews(data: SearchSuggestionsQuery): SearchSuggestionView[] {
  return data.searchSuggestions.flatMap((s) => {
    const url = safeLocalUrl(s.url);
    return url ? [{ type: s.type, id: s.id, title: s.title, url }] : [];
  });
}
