/** "25 November 2026 at 14:05" in UK English, fixed to Europe/London. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
}

/** Why people reported a comment, as the moderation queue shows it. */
export const FLAG_REASON_LABELS: Record<string, string> = {
  OFFENSIVE: 'Offensive',
  OFF_TOPIC: 'Off topic',
  OTHER: 'Other',
  PERSONAL_DATA: 'Personal data',
  SPAM: 'Spam',
};

/** "Spam, Other" from the API's reasons (unknown ones in sentence case rather than as codes). */
export function flagReasonsText(reasons: readonly string[]): string {
  return reasons
    .map((r) => FLAG_REASON_LABELS[r] ?? r.charAt(0) + r.slice(1).toLowerCase().replace(/_/g, ' '))
    .join(', ');
}

export const REACTION_LABELS: Record<string, string> = {
  THUMBS_UP: 'Thumbs up',
  HEART: 'Heart',
  INSIGHTFUL: 'Insightful',
  CELEBRATE: 'Celebrate',
};

/** Groups a flat comment list into top-level comments with their replies (one level). */
export function groupReplies<T extends { id: string; parentId?: string | null }>(
  comments: T[],
): { comment: T; replies: T[] }[] {
  const top = comments.filter((c) => !c.parentId);
  const byParent = new Map<string, T[]>();
  for (const c of comments) {
    if (!c.parentId) continue;
    const list = byParent.get(c.parentId) ?? [];
    list.push(c);
    byParent.set(c.parentId, list);
  }
  const known = new Set(top.map((c) => c.id));
  const orphans = comments.filter((c) => c.parentId && !known.has(c.parentId));
  return [...top, ...orphans].map((comment) => ({
    comment,
    replies: byParent.get(comment.id) ?? [],
  }));
}

/** "1 minute", "3 hours", "2 days" (rounded up to the unit). */
export function formatDuration(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(Math.max(1, minutes), 'minute');
  if (minutes < 48 * 60) return plural(Math.ceil(minutes / 60), 'hour');
  return plural(Math.ceil(minutes / (24 * 60)), 'day');
}
