/** A day key (YYYY-MM-DD) in UK time. */
export function ukDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** "Today", "Yesterday" or e.g. "Monday 1 December 2026" (UK time). */
export function dayHeading(date: Date, now: Date): string {
  const day = ukDay(date);
  if (day === ukDay(now)) return 'Today';
  if (day === ukDay(new Date(now.getTime() - 24 * 3_600_000))) return 'Yesterday';
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).format(date);
  return `${part({ weekday: 'long' })} ${part({ day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/** Items grouped by UK day, in the order given (newest first). */
export function groupByDay<T extends { occurredAt: string }>(
  items: readonly T[],
  now: Date,
): Array<{ key: string; heading: string; items: T[] }> {
  const groups: Array<{ key: string; heading: string; items: T[] }> = [];
  for (const item of items) {
    const at = new Date(item.occurredAt);
    const key = ukDay(at);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, heading: dayHeading(at, now), items: [item] });
  }
  return groups;
}

/** "14:05" in UK time. */
export function ukTime(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
