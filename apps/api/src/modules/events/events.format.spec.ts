import { checkInMessage, csvLondonDateTime, londonDateTime, registrationWindowMessage } from './events.format';

describe('events.format', () => {
  describe('checkInMessage', () => {
    const delegate = { name: 'Jane Smith', organisationName: 'Walsall Healthcare' };

    it('should name the person and the UK time when they are checked in', () => {
      expect(checkInMessage({ alreadyCheckedIn: false, registration: { checkedInAt: new Date('2031-06-10T08:14:00Z') }, delegate })).toBe(
        'Jane Smith (Walsall Healthcare) checked in at 09:14.',
      );
    });

    it('should say they are already checked in, and when, on a second scan', () => {
      expect(checkInMessage({ alreadyCheckedIn: true, registration: { checkedInAt: new Date('2031-01-10T09:05:00Z') }, delegate })).toBe(
        'Jane Smith (Walsall Healthcare) is already checked in: they checked in at 09:05.',
      );
    });
  });

  describe('dates in UK time', () => {
    it('should write CSV times in UK time (BST and GMT), blank when none', () => {
      expect(csvLondonDateTime(new Date('2031-06-10T08:30:00Z'))).toBe('2031-06-10 09:30');
      expect(csvLondonDateTime(new Date('2031-01-10T08:30:00Z'))).toBe('2031-01-10 08:30');
      expect(csvLondonDateTime(null)).toBe('');
    });

    it('should say when registration closed or opens', () => {
      expect(londonDateTime(new Date('2031-03-03T17:00:00Z'))).toBe('Monday 3 March 2031 at 17:00');
      const event = { registrationOpensAt: new Date('2031-02-01T09:00:00Z'), registrationClosesAt: new Date('2031-03-03T17:00:00Z'), startsAt: new Date('2031-03-04T10:00:00Z') };
      expect(registrationWindowMessage('CLOSED', event)).toBe('Registration for this event has closed. It closed on Monday 3 March 2031 at 17:00 (UK time).');
      expect(registrationWindowMessage('NOT_YET_OPEN', event)).toBe('Registration for this event opens on Saturday 1 February 2031 at 09:00 (UK time).');
      expect(registrationWindowMessage('CLOSED', { ...event, registrationClosesAt: null })).toContain('Tuesday 4 March 2031 at 10:00');
    });
  });
});
