import type { EventEntity } from './entities/event.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { registrationEmail, registrationStatusKeys } from './events.emails';

const event = {
  id: 'e1',
  title: 'Data clinic',
  startsAt: new Date('2031-06-10T08:30:00Z'),
  endsAt: new Date('2031-06-10T10:30:00Z'),
  venueName: 'Council House',
  venueAddress: null,
  onlineUrl: null,
  sequence: 0,
} as unknown as EventEntity;
const reg = {
  id: 'r1',
  status: 'CONFIRMED',
  offerCount: 1,
  waitlistPosition: null,
} as unknown as RegistrationEntity;
const to = { email: 'd@example.org', name: 'Dana' };

describe('registrationEmail', () => {
  it('should make a status email supersede every queued status email of the same registration but itself', () => {
    const mail = registrationEmail('confirmed', event, reg, to, 'https://web');
    expect(mail.idempotencyKey).toBe('event-confirmed:r1:1');
    expect(mail.supersedes).toEqual(registrationStatusKeys('r1'));
    expect(registrationStatusKeys('r1')).toContain('event-waitlisted:r1');
  });

  it('should not make event-wide emails supersede anything', () => {
    expect(registrationEmail('reminder', event, reg, to, 'https://web').supersedes).toBeUndefined();
    expect(
      registrationEmail('event-changed', event, reg, to, 'https://web').supersedes,
    ).toBeUndefined();
  });

  it('should give a waiting person their live place in the queue, never the stale stored number', () => {
    const waiting = { ...reg, status: 'WAITLISTED', waitlistPosition: 7 } as unknown as RegistrationEntity;
    const mail = registrationEmail('waitlisted', event, waiting, to, 'https://web', undefined, 2);
    expect(mail.text).toContain('You are number 2 in the queue for a place');
    expect(mail.text).not.toContain('number 7');
    expect(registrationEmail('waitlisted', event, waiting, to, 'https://web').text).toContain('You are on the waiting list;');
  });
});
