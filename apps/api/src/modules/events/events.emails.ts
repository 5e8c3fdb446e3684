import type { OutgoingMail } from '../mail/mail.service';
import type { EventEntity } from './entities/event.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { buildCalendar, calendarAttachment } from './calendar/events.calendar';

export type EventEmailKind =
  | 'confirmed'
  | 'waitlisted'
  | 'pending'
  | 'offer'
  | 'offer-expired'
  | 'cancelled'
  | 'declined'
  | 'event-changed'
  | 'event-cancelled'
  | 'reminder'
  | 'moved';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function londonTime(date: Date): string {
  return LONDON.format(date);
}

function where(event: EventEntity, revealOnline: boolean): string {
  const venue = [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  if (venue) return venue;
  return revealOnline && event.onlineUrl ? `Online: ${event.onlineUrl}` : 'Online (the link is sent to confirmed delegates)';
}

/** Emails about where one registration stands; a newer one makes a queued older one stale. */
const STATUS_KINDS: ReadonlySet<EventEmailKind> = new Set<EventEmailKind>([
  'confirmed',
  'waitlisted',
  'pending',
  'offer',
  'offer-expired',
  'cancelled',
  'declined',
  'moved',
]);

/** Idempotency-key patterns of every status email about this registration. */
export function registrationStatusKeys(registrationId: string): string[] {
  return [
    `event-confirmed:${registrationId}:%`,
    `event-waitlisted:${registrationId}`,
    `event-pending:${registrationId}`,
    `event-offer:${registrationId}:%`,
    `event-offer-expired:${registrationId}:%`,
    `event-registration-cancelled:${registrationId}`,
    `event-registration-declined:${registrationId}`,
    `event-moved:${registrationId}`,
  ];
}

/**
 * Builds one email about a registration. The idempotency key names the
 * logical message so a retried job or a repeated call never sends twice.
 */
export function registrationEmail(
  kind: EventEmailKind,
  event: EventEntity,
  reg: RegistrationEntity,
  to: { email: string; name: string },
  webUrl: string,
  /** For 'moved': the event the registration was moved from, and whether it held a confirmed place there. */
  movedFrom?: { event: EventEntity; wasConfirmed: boolean },
  /** The person's live place in the waiting-list queue (1 = next), when waiting; never the stored number, which goes stale. */
  waitlistPlace?: number | null,
): OutgoingMail {
  const queue = waitlistPlace
    ? `${event.title} is full. You are number ${waitlistPlace} in the queue for a place; we will email you if a place comes up.`
    : `${event.title} is full. You are on the waiting list; we will email you if a place comes up.`;
  const eventUrl = `${webUrl}/events/${event.id}`;
  const when = `${londonTime(event.startsAt)} (UK time)`;
  const confirmedLike =
    kind === 'confirmed' || kind === 'reminder' || kind === 'event-changed' || (kind === 'moved' && reg.status === 'CONFIRMED');
  const lines: string[] = [`Dear ${to.name},`, ''];
  let subject: string;
  let key: string;
  let method: 'REQUEST' | 'CANCEL' | null = null;
  switch (kind) {
    case 'confirmed':
      subject = `Your place is confirmed: ${event.title}`;
      key = `event-confirmed:${reg.id}:${reg.offerCount}`;
      lines.push(`Your place at ${event.title} is confirmed.`);
      method = 'REQUEST';
      break;
    case 'waitlisted':
      subject = `You are on the waiting list: ${event.title}`;
      key = `event-waitlisted:${reg.id}`;
      lines.push(queue);
      break;
    case 'pending':
      subject = `Registration received: ${event.title}`;
      key = `event-pending:${reg.id}`;
      lines.push(`Thank you for registering for ${event.title}. The organisers will confirm your place.`);
      break;
    case 'offer':
      subject = `A place is available: ${event.title}`;
      key = `event-offer:${reg.id}:${reg.offerCount}`;
      lines.push(
        `A place has come up at ${event.title}.`,
        `Accept it by ${londonTime(reg.offerExpiresAt ?? new Date())} (UK time) or it will be offered to the next person:`,
        `${webUrl}/my/registrations/${reg.id}`,
      );
      break;
    case 'offer-expired':
      subject = `Your offer has expired: ${event.title}`;
      key = `event-offer-expired:${reg.id}:${reg.offerCount}`;
      lines.push(`The place we offered you at ${event.title} was not accepted in time and has been offered to the next person.`);
      break;
    case 'cancelled':
      subject = `Registration cancelled: ${event.title}`;
      key = `event-registration-cancelled:${reg.id}`;
      lines.push(`Your registration for ${event.title} has been cancelled.`);
      method = 'CANCEL';
      break;
    case 'declined':
      subject = `Registration not accepted: ${event.title}`;
      key = `event-registration-declined:${reg.id}`;
      lines.push(`The organisers of ${event.title} were not able to offer you a place.`);
      break;
    case 'event-changed':
      subject = `Event updated: ${event.title}`;
      key = `event-changed:${event.id}:${event.sequence}:${reg.id}`;
      lines.push(`The details of ${event.title} have changed. The attached calendar entry replaces the earlier one.`);
      method = 'REQUEST';
      break;
    case 'event-cancelled':
      subject = `Event cancelled: ${event.title}`;
      key = `event-cancelled:${event.id}:${reg.id}`;
      lines.push(`We are sorry: ${event.title} has been cancelled.`);
      method = 'CANCEL';
      break;
    case 'moved':
      subject = `Your registration has moved to ${event.title}`;
      key = `event-moved:${reg.id}`;
      lines.push(
        `The organisers have moved your registration${movedFrom ? ` from ${movedFrom.event.title}` : ''} to ${event.title}.`,
        reg.status === 'CONFIRMED'
          ? 'Your place is confirmed.'
          : queue,
      );
      method = reg.status === 'CONFIRMED' ? 'REQUEST' : null;
      break;
    case 'reminder':
      subject = `Reminder: ${event.title}`;
      key = `event-reminder:${event.id}:${event.sequence}:${reg.id}`;
      lines.push(`A reminder that ${event.title} is coming up.`);
      method = 'REQUEST';
      break;
  }
  lines.push('', `When: ${when}`, `Where: ${where(event, confirmedLike)}`, '', `Event details: ${eventUrl}`);
  if (confirmedLike) lines.push(`Your ticket: ${webUrl}/my/registrations/${reg.id}`);
  lines.push('', 'Midlands Improvement Commons');
  const mail: OutgoingMail = { idempotencyKey: key, to: to.email, subject, text: lines.join('\n') };
  // A status email replaces any not-yet-sent status email about the same
  // registration, so a delegate never gets "waiting list" after "confirmed".
  if (STATUS_KINDS.has(kind)) mail.supersedes = registrationStatusKeys(reg.id);
  const withCalendar = method === 'REQUEST' ? confirmedLike : method === 'CANCEL';
  if (method && withCalendar) {
    const ics = buildCalendar([event], webUrl, { method });
    mail.attachments = [calendarAttachment(ics, method)];
  }
  if (kind === 'moved' && movedFrom?.wasConfirmed) {
    // Removes the old event from the delegate's calendar.
    const cancel = buildCalendar([movedFrom.event], webUrl, { method: 'CANCEL' });
    mail.attachments = [...(mail.attachments ?? []), { ...calendarAttachment(cancel, 'CANCEL'), filename: 'cancelled.ics' }];
  }
  return mail;
}
