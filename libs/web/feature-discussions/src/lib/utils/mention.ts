/** The `@` query being typed just before the caret: `@Mar` gives `{ start, query: 'Mar' }`. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  query: string;
}

/** Minimum letters after `@` before people are looked up (the API's minimum too). */
export const MENTION_MIN_CHARS = 2;

/**
 * Finds a mention being typed: an `@` at the start or after whitespace or an
 * opening bracket, then 2 to 30 characters with no whitespace, `@` or Markdown
 * brackets, ending at the caret.
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@[\]()]{2,30})$/u.exec(before);
  if (!match) return null;
  const query = match[2];
  return { start: caret - query.length - 1, query };
}

/** The mention token the discussions module renders as a profile link. */
export function mentionToken(person: { id: string; name: string }): string {
  const name = person.name.replace(/[[\]\\]/g, '').trim();
  return `@[${name}](mention:${person.id})`;
}

/** Replaces the typed `@query` with the token (plus a space); returns the new text and caret. */
export function insertMention(
  text: string,
  at: MentionQuery,
  person: { id: string; name: string },
): { text: string; caret: number } {
  const token = `${mentionToken(person)} `;
  const end = at.start + 1 + at.query.length;
  const after = text.slice(end).replace(/^ /, '');
  return { text: text.slice(0, at.start) + token + after, caret: at.start + token.length };
}

const MENTION_TOKEN = /@\[([^\]\n]{1,120})\]\(mention:[0-9a-f-]{36}\)/gi;

/** Plain text with each mention token shown as the person's name: `@[Marcus Hall](mention:…)` → `@Marcus Hall`. */
export function mentionsAsText(text: string): string {
  return text.replace(MENTION_TOKEN, (_all, name: string) => `@${name}`);
}

/** Whether the text holds at least one mention token. */
export function hasMention(text: string): boolean {
  return new RegExp(MENTION_TOKEN.source, 'i').test(text);
}
