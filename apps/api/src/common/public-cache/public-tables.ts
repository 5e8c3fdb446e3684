/**
 * Tables whose writes never change what an anonymous reader can see: session
 * and credential bookkeeping, logs, private mail and notification queues,
 * in-progress private work. Every other table in the `public` schema carries
 * the `public_content_version_bump` trigger (an integration test fails when a
 * table is in neither list, so a new table must choose). When in doubt, leave
 * a table out of this list: an extra trigger costs a cache refill, a missing
 * one serves stale public data.
 */
export const PUBLIC_CACHE_EXEMPT_TABLES = [
  'access_token',
  'account_deletion',
  'audit_log',
  'data_export',
  'email_confirmation',
  'event_calendar_feed',
  'file_download',
  'home_visit',
  'mail_message',
  'migrations',
  'notification',
  'notification_preference',
  'password_reset_token',
  'public_content_version',
  'rate_limit_hit',
  'session',
  'sign_in_attempt',
  'sso_flow',
  'sso_pending_link',
  'sso_session',
] as const;
