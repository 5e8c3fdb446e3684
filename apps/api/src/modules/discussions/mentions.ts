import { isUuid } from '../../common/ids/uuid';

/**
 * Mentions are written `@[Display Name](mention:<userId>)` (the web's
 * autocomplete inserts them). For rendering they become links to the
 * person's profile; the ids are used to notify.
 */
const MENTION = /@\[([^\]\n]{1,120})\]\(mention:([0-9a-f-]{36})\)/gi;

export function mentionedUserIds(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(MENTION)) if (isUuid(match[2])) ids.add(match[2].toLowerCase());
  return [...ids];
}

export function mentionsToLinks(body: string): string {
  return body.replace(
    MENTION,
    (_all, name: string, id: string) =>
      `[@${name.replace(/[[\]]/g, '')}](/people/${id.toLowerCase()})`,
  );
}

/** Plain text with each mention token as the person's name (`@Ann Smith`): for notification titles and emails. */
export function mentionsToNames(text: string): string {
  return text.replace(MENTION, (_all, name: string) => `@${name.replace(/[[\]]/g, '')}`);
}

/** Markdown blockquote of another comment, attributed. */
export function quoteBlock(authorName: string, body: string): string {
  const lines = body
    .slice(0, 1000)
    .split('\n')
    .map((line) => `> ${line}`);
  return `> **${authorName.replace(/[*_`[\]]/g, '')} wrote:**\n>\n${lines.join('\n')}\n\n`;
}
