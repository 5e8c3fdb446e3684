import { describe, expect, it } from '@jest/globals';

import {
  delegatesApiFilter,
  delegatesFilterQuery,
  delegatesSearchParamsSchema,
  eventsSearchParamsSchema,
  formatEventWhen,
  formatLondonDateTime,
  parseTags,
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
    expect(delegatesFilterQuery(params)).toBe('q=Sam&status=CONFIRMED&ics=QHL&orgType=VCSE&tag=speaker');
    expect(delegatesApiFilter(params)).toEqual({ search: 'Sam', status: 'CONFIRMED', icsOdsCode: 'QHL', organisationTypeKey: 'VCSE', tag: 'speaker' });
    const bad = delegatesSearchParamsSchema.parse({ status: 'NOPE', orgType: 'bad type', field: '<script>' });
    expect(delegatesFilterQuery(bad)).toBe('');
    expect(bad.field).toBeUndefined();
  });

  it('should split tags on commas, trimmed and deduplicated', () => {
    expect(parseTags(' speaker, parking ,speaker,, ')).toEqual(['speaker', 'parking']);
  });
});
