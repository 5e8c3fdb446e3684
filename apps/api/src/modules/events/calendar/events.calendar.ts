import { createEvents } from 'ics';
import type { EventAttributes } from 'ics';

import { markdownToText } from '../../../common/markdown/render-markdown';
import type { EventEntity } from '../entities/event.entity';
import { EventStatus } from '../entities/event.entity';

export const ICS_DOMAIN = 'commons.midlands.example';

/** One stable UID per event; updates raise SEQUENCE (event.sequence). */
export function eventUid(eventId: string): string {
  return `event-${eventId}@${ICS_DOMAIN}`;
}

type CalendarEvent = Pick<
  EventEntity,
  'id' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'venueName' | 'venueAddress' | 'sequence' | 'status' | 'updatedAt'
>;

function attributes(event: CalendarEvent, webUrl: string, cancelled: boolean): EventAttributes {
  const location = [event.venueName, event.venueAddress].filter(Boolean).join(', ') || 'Online';
  return {
    uid: eventUid(event.id),
    sequence: event.sequence,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: markdownToText(event.description).slice(0, 2000),
    location,
    url: `${webUrl}/events/${event.id}`,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    productId: 'midlands-improvement-commons',
  };
}

/**
 * An iCalendar file for one or more events. METHOD:REQUEST for invitations,
 * CANCEL when the event (or the person's place) is cancelled, PUBLISH for feeds.
 */
export function buildCalendar(
  events: CalendarEvent[],
  webUrl: string,
  options: { method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'; cancelled?: boolean; calName?: string } = {},
): string {
  // Invitations for one event version are identical: build each once (kept small).
  const key =
    events.length === 1 && !options.calName
      ? `${events[0].id}:${events[0].sequence}:${events[0].status}:${events[0].updatedAt?.getTime()}:${options.method ?? ''}:${options.cancelled ?? ''}:${webUrl}`
      : null;
  const hit = key ? CACHE.get(key) : undefined;
  if (hit) return hit;
  const text = build(events, webUrl, options);
  if (key) {
    if (CACHE.size >= 200) CACHE.delete(CACHE.keys().next().value as string);
    CACHE.set(key, text);
  }
  return text;
}

const CACHE = new Map<string, string>();

function build(
  events: CalendarEvent[],
  webUrl: string,
  options: { method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'; cancelled?: boolean; calName?: string },
): string {
  const method = options.method ?? 'PUBLISH';
  const attrs = events.map((e) =>
    attributes(e, webUrl, options.cancelled ?? (method === 'CANCEL' || e.status === EventStatus.CANCELLED)),
  );
  const { error, value } = createEvents(attrs, { method, productId: 'midlands-improvement-commons', calName: options.calName });
  if (error || value === null) throw error ?? new Error('calendar could not be built');
  return value;
}

export function calendarAttachment(ics: string, method: string) {
  return {
    filename: 'invite.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(ics, 'utf8').toString('base64'),
  };
}
