import { REGISTRATION_STATUS_LABELS } from '@mic/shared-util';
import type { RegistrationStatusCode } from '@mic/shared-util';
import { z } from 'zod';

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});
const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short' });

/** "Wednesday 29 November 2023, 09:00 to 16:30" in UK time (events are stored in UTC). */
export function formatEventWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = LONDON_DAY.format(start) === LONDON_DAY.format(end);
  const startText = `${LONDON_DATE.format(start).replace(',', '')}, ${LONDON_TIME.format(start)}`;
  return sameDay
    ? `${startText} to ${LONDON_TIME.format(end)}`
    : `${startText} to ${LONDON_DATE.format(end).replace(',', '')}, ${LONDON_TIME.format(end)}`;
}

/** A date and time in UK time, e.g. for offer expiry and check-in. */
export function formatLondonDateTime(iso: string): string {
  const d = new Date(iso);
  return `${LONDON_DATE.format(d).replace(',', '')} at ${LONDON_TIME.format(d)}`;
}

export type RegistrationStatusValue = RegistrationStatusCode;

/** What people read for each registration status (shared with the API's emails and CSV). */
export { REGISTRATION_STATUS_LABELS };

export const REGISTRATION_STATUS_COLOURS: Record<RegistrationStatusValue, 'green' | 'yellow' | 'blue' | 'grey' | 'orange' | 'red'> = {
  CONFIRMED: 'green',
  WAITLISTED: 'yellow',
  OFFERED: 'blue',
  PENDING_APPROVAL: 'orange',
  CANCELLED: 'grey',
  DECLINED: 'grey',
};

/** Ids in URLs: UUIDs from the API. */
export const eventIdSchema = z.string().uuid();

/** A query-string value: the first when repeated (`?q=a&q=b`). */
export const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
/** An optional trimmed query-string text of at most `max` characters; anything else reads as absent. */
export const optionalText = (max: number) =>
  z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .max(max)
      .optional()
      .catch(undefined)
      .transform((v) => (v ? v : undefined)),
  );

/** /events query string: ICS and theme filters. */
export const eventsSearchParamsSchema = z.object({
  ics: z.preprocess(firstValue, z.string().trim().regex(/^[A-Za-z0-9]{3}$/).transform((v) => v.toUpperCase()).optional().catch(undefined)),
  theme: z.preprocess(firstValue, z.string().regex(/^[A-Z_]{1,60}$/).optional().catch(undefined)),
});
export type EventsSearchParams = z.infer<typeof eventsSearchParamsSchema>;

/**
 * Delegates and check-in pages: search, status, ICS, organisation type and tag
 * filters only. What an action did (or what went wrong) comes back as form
 * state, never in the URL.
 */
export const delegatesSearchParamsSchema = z.object({
  q: optionalText(100),
  status: z.preprocess(firstValue, z.enum(['CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL', 'CANCELLED', 'DECLINED']).optional().catch(undefined)),
  ics: z.preprocess(firstValue, z.string().regex(/^[A-Z0-9]{3}$/).optional().catch(undefined)),
  orgType: z.preprocess(firstValue, z.string().regex(/^[A-Z_]{2,60}$/).optional().catch(undefined)),
  tag: optionalText(40),
});
export type DelegatesSearchParams = z.infer<typeof delegatesSearchParamsSchema>;

/** The filter part of a delegates query string, for links and hidden form fields. */
export function delegatesFilterQuery(params: Pick<DelegatesSearchParams, 'q' | 'status' | 'ics' | 'orgType' | 'tag'>): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'status', 'ics', 'orgType', 'tag'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  return query.toString();
}

/** The API filter for delegates search params. */
export function delegatesApiFilter(params: Pick<DelegatesSearchParams, 'q' | 'status' | 'ics' | 'orgType' | 'tag'>) {
  return {
    search: params.q ?? null,
    status: params.status ?? null,
    icsOdsCode: params.ics ?? null,
    organisationTypeKey: params.orgType ?? null,
    tag: params.tag ?? null,
  };
}

/** "a, b ,c" -> ["a", "b", "c"]: tags typed in one box, deduplicated. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** A scanned ticket ("mic-ticket:<id>") or a pasted registration id. */
export function parseTicketCode(text: string): string | null {
  const trimmed = text.trim().replace(/^mic-ticket:/i, '');
  return eventIdSchema.safeParse(trimmed).success ? trimmed.toLowerCase() : null;
}

/** Whether registration is open now, by the event's window (mirrors the API's rule: closes at the deadline, else the start). */
export type RegistrationWindowState = 'OPEN' | 'NOT_YET_OPEN' | 'CLOSED';

export function registrationWindowState(
  event: { status: string; startsAt: string; registrationOpensAt?: string | null; registrationClosesAt?: string | null },
  now: Date = new Date(),
): RegistrationWindowState {
  if (event.status !== 'PUBLISHED') return 'CLOSED';
  if (event.registrationOpensAt && now < new Date(event.registrationOpensAt)) return 'NOT_YET_OPEN';
  return now >= new Date(event.registrationClosesAt ?? event.startsAt) ? 'CLOSED' : 'OPEN';
}

/** "12 places left" / "1 place left" / "Full: 3 on the waiting list". */
export function placesLeftText(event: { remainingPlaces: number; capacity: number; waitlistLength: number }): string {
  if (event.remainingPlaces > 0) return `${event.remainingPlaces} of ${event.capacity} ${event.capacity === 1 ? 'place' : 'places'} left`;
  return `Full: ${event.waitlistLength} ${event.waitlistLength === 1 ? 'person' : 'people'} on the waiting list`;
}

/** Where an event is: venue and address, "Online", or "To be confirmed". */
export function eventWhere(event: { venueName?: string | null; venueAddress?: string | null; isOnline: boolean }): string {
  return [event.venueName, event.venueAddress].filter(Boolean).join(', ') || (event.isOnline ? 'Online' : 'To be confirmed');
}

/**
 * An Outlook on the web link that opens a new calendar entry for the event
 * (a link only: nothing is loaded from Microsoft until the person follows it).
 * Times are UTC ISO, as Outlook's compose deeplink expects.
 */
export function outlookCalendarUrl(event: { title: string; startsAt: string; endsAt: string; location: string; body?: string }): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: new Date(event.startsAt).toISOString(),
    enddt: new Date(event.endsAt).toISOString(),
    location: event.location,
    body: event.body ?? '',
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params.toString()}`;
}

/** A time of day in UK time, "09:14". */
export function formatLondonClock(iso: string): string {
  return LONDON_TIME.format(new Date(iso));
}
