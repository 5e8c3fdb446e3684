/**
 * The origin's core components as a list to choose from, read from the
 * case study's "Core components" Markdown: its list items ("- …", "* …",
 * "1. …") or, when it has no list, its non-empty lines. Inline Markdown
 * (emphasis, code, links) is reduced to its text.
 */

import { ADAPTATION_COMPONENT_MAX_LENGTH as MAX_LENGTH } from '@mic/shared-util';

const MAX_COMPONENTS = 30;

function plain(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;

export function coreComponentsFrom(markdown: string | null | undefined): string[] {
  const lines = (markdown ?? '').split(/\r?\n/);
  const items = lines.map((line) => LIST_ITEM.exec(line)?.[1]).filter((x): x is string => !!x);
  const chosen = items.length ? items : lines.filter((line) => line.trim() && !/^\s*#/.test(line));
  const out: string[] = [];
  for (const raw of chosen) {
    const text = plain(raw)
      .replace(/[.;:,]+$/, '')
      .slice(0, MAX_LENGTH)
      .trim();
    if (text.length >= 2 && !out.includes(text)) out.push(text);
    if (out.length === MAX_COMPONENTS) break;
  }
  return out;
}
