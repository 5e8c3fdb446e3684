/** The events module's job queues (registered by jobs/events.jobs.ts and jobs/registration.jobs.ts). */

/** One reminder per event and sequence, sent reminderDays before the start. */
export const REMINDER_QUEUE = 'events.reminder';
/** Nightly: clears sensitive answers past the event's retention period. */
export const RETENTION_QUEUE = 'events.retention-purge';
/** Hourly: published events that have ended become COMPLETED (opening feedback). */
export const COMPLETE_QUEUE = 'events.complete-ended';
export const OFFER_EXPIRY_QUEUE = 'events.offer-expiry';
export const OFFER_SWEEP_QUEUE = 'events.offer-sweep';
/** Sends the confirmation / waiting-list / pending email for a new registration. */
export const REGISTRATION_NOTICE_QUEUE = 'events.registration-notice';
/** Backstop: queues first emails whose job was never queued (a crash right after the commit). */
export const REGISTRATION_NOTICE_SWEEP_QUEUE = 'events.registration-notice-sweep';
