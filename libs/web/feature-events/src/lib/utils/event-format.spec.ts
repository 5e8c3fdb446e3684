import { describe, expect, it } from '@jest/globals';

import {
  delegatesApiFilter,
  delegatesFilterQuery,
  delegatesSearchParamsSchema,
  eventsSearchParamsSchema,
  formatEventWhen,
  eventWhere,
  formatLondonClock,
  formatLondonDateTime,
  outlookCalendarUrl,
  parseTags,
  placesLeftText,
  REGISTRATION_STATUS_LABELS,
  registrationWindowState,
  parseTicketCode,
} from './event-format';

describe('event-format', () => {
  it('should show event times in UK time (BST and GMT)', () => {
    expect(formatEventWhen('2023-11-29T09:00:00Z', '2023-11-29T16:30:00Z')).toBe('Wednesday 29 November 2023, 09:00 to 16:30');
    expect(formatEventWhen('2024-09-17T08:00:00Z', '2024-09-17T15:00:00Z')).toBe('Tuesday 17 September 2024, 09:00 to 16:00');
    expect(formatLondonDateTime('2031-06-10T08:30:00Z')).toBe('Tuesday 10 June 2031 at 09:30');
  });

  it('should read a scanned ticket code or a pasted registration id', () => {
    const id = '1ee636f0-3322-48ba-9b2f-603131b26b71';
    expect(parseTicketCode(`mic-ticket:${id}`)).toBe(id);
    expect(parseTicketCode(` ${id.toUpperCase()} `)).toBe(id);
    expect(parseTicketCode('hello')).toBeNull();
  });

  it('should drop invalid filters rather than fail', () => {
    expect(eventsSearchParamsSchema.parse({ ics: 'qua', theme: '<x>' })).toEqual({ ics: 'QUA', theme: undefined });
    expect(delegatesSearchParamsSchema.parse({ status: 'NOPE', q: ['Ada', 'x'] })).toMatchObject({ status: undefined, q: 'Ada' });
  });
});

describe('delegate list filters', () => {
  it('should keep only valid filters, and rebuild the query string without messages or errors', () => {
    const params = delegatesSearchParamsSchema.parse({ q: ' Sam ', status: 'CONFIRMED', ics: 'QHL', orgType: 'VCSE', tag: 'speaker', message: 'Done', error: 'x', field: 'subject' });
    // Nothing an action says (a message or an error) is read from the URL.
    expect(params).toEqual({ q: 'Sam', status: 'CONFIRMED', ics: 'QHL', orgType: 'VCSE', tag: 'speaker' });
    expect(delegatesFilterQuery(params)).toBe('q=Sam&status=CONFIRMED&ics=QHL&orgType=VCSE&tag=speaker');
    expect(delegatesApiFilter(params)).toEqual({ search: 'Sam', status: 'CONFIRMED', icsOdsCode: 'QHL', organisationTypeKey: 'VCSE', tag: 'speaker' });
    const bad = delegatesSearchParamsSchema.parse({ status: 'NOPE', orgType: 'bad type', field: '<script>' });
    expect(delegatesFilterQuery(bad)).toBe('');
  });

  it('should split tags on commas, trimmed and deduplicated', () => {
    expect(parseTags(' speaker, parking ,speaker,, ')).toEqual(['speaker', 'parking']);
  });
});

describe('what people read about an event', () => {
  it('should label statuses, never show the code', () => {
    expect(REGISTRATION_STATUS_LABELS.WAITLISTED).toBe('On the waiting list');
    expect(REGISTRATION_STATUS_LABELS.PENDING_APPROVAL).toBe('Awaiting approval');
  });

  it('should say how many places are left, or that it is full', () => {
    expect(placesLeftText({ remainingPlaces: 12, capacity: 150, waitlistLength: 0 })).toBe('12 of 150 places left');
    expect(placesLeftText({ remainingPlaces: 0, capacity: 1, waitlistLength: 1 })).toBe('Full: 1 person on the waiting list');
    expect(eventWhere({ venueName: 'The Studio', venueAddress: '7 Cannon Street, Birmingham', isOnline: false })).toBe('The Studio, 7 Cannon Street, Birmingham');
    expect(eventWhere({ isOnline: true })).toBe('Online');
  });

  it('should close registration at the deadline, else at the start', () => {
    const event = { status: 'PUBLISHED', startsAt: '2031-03-04T10:00:00Z', registrationClosesAt: '2031-03-03T17:00:00Z' };
    expect(registrationWindowState(event, new Date('2031-03-03T16:59:00Z'))).toBe('OPEN');
    expect(registrationWindowState(event, new Date('2031-03-03T17:00:00Z'))).toBe('CLOSED');
    expect(registrationWindowState({ ...event, registrationClosesAt: null }, new Date('2031-03-04T09:00:00Z'))).toBe('OPEN');
    expect(registrationWindowState({ ...event, status: 'DRAFT' }, new Date('2031-01-01T00:00:00Z'))).toBe('CLOSED');
    expect(registrationWindowState({ ...event, registrationOpensAt: '2031-02-01T09:00:00Z' }, new Date('2031-01-01T00:00:00Z'))).toBe('NOT_YET_OPEN');
  });

  it('should build an Outlook on the web link with ISO times, and nothing else', () => {
    const url = new URL(
      outlookCalendarUrl({ title: 'Learning day & more', startsAt: '2031-06-04T08:30:00Z', endsAt: '2031-06-04T15:00:00Z', location: 'The Studio, Birmingham', body: 'Ticket code: x' }),
    );
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('subject')).toBe('Learning day & more');
    expect(url.searchParams.get('startdt')).toBe('2031-06-04T08:30:00.000Z');
    expect(url.searchParams.get('enddt')).toBe('2031-06-04T15:00:00.000Z');
    expect(url.searchParams.get('location')).toBe('The Studio, Birmingham');
    expect(url.searchParams.get('body')).toBe('Ticket code: x');
    expect(formatLondonClock('2031-06-04T08:14:00Z')).toBe('09:14');
  });
});
