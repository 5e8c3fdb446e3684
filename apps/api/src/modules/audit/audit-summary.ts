/** Keys whose values are never shown, even if a caller wrongly recorded them. */
const HIDDEN = /password|token|secret|email|answer/i;
const MAX = 300;

function show(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function pairs(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([key]) => !HIDDEN.test(key))
    .map(([key, value]) => `${key}: ${show(value)}`);
}

/**
 * One readable line for an entry: what changed (`field: before → after`) and
 * the other details (`key: value`), cut at 300 characters.
 */
export function summariseDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  const { before, after, ...rest } = details as {
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  } & Record<string, unknown>;
  const parts: string[] = [];
  if (before !== undefined || after !== undefined) {
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    for (const key of keys) {
      if (HIDDEN.test(key)) continue;
      const from = (before ?? {})[key];
      const to = (after ?? {})[key];
      if (JSON.stringify(from) !== JSON.stringify(to))
        parts.push(`${key}: ${show(from)} → ${show(to)}`);
    }
  }
  parts.push(...pairs(rest));
  const text = parts.join('; ');
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
