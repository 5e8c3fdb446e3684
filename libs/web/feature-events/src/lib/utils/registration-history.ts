import type { RegistrationStatusValue } from './event-format';
import { REGISTRATION_STATUS_LABELS, formatLondonDateTime } from './event-format';

/** One row of a registration's history as the API returns it. */
export interface RegistrationChangeData {
  at: string;
  fromStatus?: RegistrationStatusValue | null;
  toStatus: RegistrationStatusValue;
  reason?: string | null;
  actor?: { id: string; name: string } | null;
  otherEvent?: { id: string; title: string } | null;
}

/** A history row ready to show: every cell is plain text except the optional event link. */
export interface RegistrationChangeRow {
  /** Europe/London, e.g. "Tuesday 4 March 2031 at 10:00". */
  when: string;
  who: string;
  /** "On the waiting list → Place offered", or the status alone for a new registration or a check-in. */
  change: string;
  reason: string;
  /** For a move: the other event, to link to after the reason text. */
  otherEvent: { id: string; title: string } | null;
}

const label = (status: RegistrationStatusValue) => REGISTRATION_STATUS_LABELS[status] ?? status;

function reasonText(c: RegistrationChangeData): string {
  switch (c.reason) {
    case 'MOVED':
      return c.fromStatus ? 'Moved to another event:' : 'Moved from another event:';
    case 'SELF':
      return 'Cancelled by the delegate';
    case 'ORGANISER':
      return c.toStatus === 'DECLINED' ? 'Declined by an organiser' : 'Cancelled by an organiser';
    case 'OFFER_ACCEPTED':
      return 'Offer of a place accepted';
    case 'OFFER_DECLINED':
      return 'Offer of a place declined';
    case 'OFFER_EXPIRED':
      return 'Offer of a place ran out';
    case 'APPROVED':
      return 'Approved by an organiser';
    case 'PLACE_FREED':
      return 'A place became free and was offered';
    case 'CHECKED_IN':
      return 'Checked in at the event';
    default:
      return c.fromStatus ? 'Status changed' : 'Registered';
  }
}

/**
 * Rows for "Changes to this registration". `viewerId` turns the viewer's own
 * changes into "You"; a change with no actor was made automatically.
 */
export function registrationHistoryRows(history: RegistrationChangeData[], viewerId?: string | null): RegistrationChangeRow[] {
  return history.map((c) => ({
    when: formatLondonDateTime(c.at),
    who: !c.actor ? 'Automatic' : c.actor.id === viewerId ? 'You' : c.actor.name,
    change: c.fromStatus && c.fromStatus !== c.toStatus ? `${label(c.fromStatus)} → ${label(c.toStatus)}` : label(c.toStatus),
    reason: reasonText(c),
    otherEvent: c.reason === 'MOVED' ? (c.otherEvent ?? null) : null,
  }));
}
