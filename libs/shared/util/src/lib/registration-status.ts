/** Where a delegate registration stands (the API's RegistrationStatus enum values). */
export type RegistrationStatusCode =
  | 'CONFIRMED'
  | 'WAITLISTED'
  | 'OFFERED'
  | 'PENDING_APPROVAL'
  | 'CANCELLED'
  | 'DECLINED';

/** What people read for each registration status (pages, emails and the delegate CSV). */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatusCode, string> = {
  CONFIRMED: 'Place confirmed',
  WAITLISTED: 'On the waiting list',
  OFFERED: 'Place offered',
  PENDING_APPROVAL: 'Awaiting approval',
  CANCELLED: 'Cancelled',
  DECLINED: 'Not going',
};
