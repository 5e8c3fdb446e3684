import { describe, expect, it } from '@jest/globals';

import { registrationHistoryRows } from './registration-history';

describe('registrationHistoryRows', () => {
  it('should show UK time, who, from → to and a readable reason, with "You" and "Automatic"', () => {
    const rows = registrationHistoryRows(
      [
        { at: '2031-03-04T10:00:00.000Z', fromStatus: null, toStatus: 'WAITLISTED', reason: null, actor: { id: 'me', name: 'Ada' }, otherEvent: null },
        { at: '2031-07-01T08:05:00.000Z', fromStatus: 'WAITLISTED', toStatus: 'OFFERED', reason: 'PLACE_FREED', actor: null, otherEvent: null },
        { at: '2031-07-02T09:00:00.000Z', fromStatus: 'CONFIRMED', toStatus: 'CONFIRMED', reason: 'CHECKED_IN', actor: { id: 'org', name: 'Olu' }, otherEvent: null },
        { at: '2031-07-03T09:00:00.000Z', fromStatus: 'CONFIRMED', toStatus: 'DECLINED', reason: 'ORGANISER', actor: { id: 'org', name: 'Olu' }, otherEvent: null },
      ],
      'me',
    );
    expect(rows).toEqual([
      { when: 'Tuesday 4 March 2031 at 10:00', who: 'You', change: 'On the waiting list', reason: 'Registered', otherEvent: null },
      // British Summer Time: 08:05 UTC is 09:05 in London.
      { when: 'Tuesday 1 July 2031 at 09:05', who: 'Automatic', change: 'On the waiting list → Place offered', reason: 'A place became free and was offered', otherEvent: null },
      { when: 'Wednesday 2 July 2031 at 10:00', who: 'Olu', change: 'Place confirmed', reason: 'Checked in at the event', otherEvent: null },
      { when: 'Thursday 3 July 2031 at 10:00', who: 'Olu', change: 'Place confirmed → Not going', reason: 'Declined by an organiser', otherEvent: null },
    ]);
  });

  it('should name the other event on both sides of a move', () => {
    const other = { id: 'e2', title: 'Spring workshop' };
    const [movedIn, movedOut] = registrationHistoryRows([
      { at: '2031-03-04T10:00:00.000Z', fromStatus: null, toStatus: 'CONFIRMED', reason: 'MOVED', actor: { id: 'org', name: 'Olu' }, otherEvent: other },
      { at: '2031-03-05T10:00:00.000Z', fromStatus: 'CONFIRMED', toStatus: 'CANCELLED', reason: 'MOVED', actor: { id: 'org', name: 'Olu' }, otherEvent: other },
    ]);
    expect(movedIn).toMatchObject({ change: 'Place confirmed', reason: 'Moved from another event:', otherEvent: other });
    expect(movedOut).toMatchObject({ change: 'Place confirmed → Cancelled', reason: 'Moved to another event:', otherEvent: other });
  });
});
