/**
 * Text people read about events, in UK time (events are stored in UTC): the
 * check-in desk's message, the registration window and the delegate CSV's
 * times. Pure functions.
 */

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * What the check-in desk says, naming the person: "Jane Smith (Walsall
 * Healthcare) checked in at 09:14." or, on a second scan, that they already
 * had (not an error).
 */
export function checkInMessage(outcome: {
  alreadyCheckedIn: boolean;
  registration: { checkedInAt: Date | null };
  delegate: { name: string; organisationName: string };
}): string {
  const who = `${outcome.delegate.name} (${outcome.delegate.organisationName})`;
  const at = outcome.registration.checkedInAt ? LONDON_CLOCK.format(outcome.registration.checkedInAt) : null;
  if (outcome.alreadyCheckedIn) return `${who} is already checked in${at ? `: they checked in at ${at}` : ''}.`;
  return `${who} checked in${at ? ` at ${at}` : ''}.`;
}

/** "Tuesday 3 March 2031 at 17:00" (UK time). */
export function londonDateTime(date: Date): string {
  return LONDON_DATE_TIME.format(date).replace(/, (\d{2}:\d{2})$/, ' at $1').replace(/^(\w+),/, '$1');
}

/**
 * A date and time for the delegate CSV: "2031-03-04 10:00" in UK time
 * (spreadsheets read it as a date; the header says it is UK time); '' for none.
 */
export function csvLondonDateTime(date: Date | null): string {
  if (!date) return '';
  const p = Object.fromEntries(LONDON_PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
}

/** Why registration is refused outside its window, with the date (UK time). */
export function registrationWindowMessage(window: 'NOT_YET_OPEN' | 'CLOSED', event: { registrationOpensAt: Date | null; registrationClosesAt: Date | null; startsAt: Date }): string {
  if (window === 'NOT_YET_OPEN' && event.registrationOpensAt) {
    return `Registration for this event opens on ${londonDateTime(event.registrationOpensAt)} (UK time).`;
  }
  const closes = event.registrationClosesAt ?? event.startsAt;
  return `Registration for this event has closed. It closed on ${londonDateTime(closes)} (UK time).`;
}
