export {
  Role,
  ROLE_LABELS,
  REVIEWER_ROLES,
  EVENT_CREATOR_ROLES,
  MEMBERSHIP_ADMIN_ROLES,
  hasAnyRole,
} from './lib/roles';
export {
  PASSWORD_MIN_LENGTH,
  NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  ALT_TEXT_MAX_LENGTH,
  ADAPTATION_COMPONENT_MAX_LENGTH,
  TOOLKIT_SECTIONS_MAX,
  TOOLKIT_SLUG_PATTERN,
  TOOLKIT_SLUG_MAX_LENGTH,
  TOOLKIT_THEMES_MAX,
  isToolkitSlug,
} from './lib/limits';
export {
  SESSION_IDLE_HOURS_DEFAULT,
  SESSION_TTL_DAYS_DEFAULT,
  SESSION_TTL_DAYS_MAX,
  SESSION_COOKIE_NAME_DEFAULT,
  SESSION_COOKIE_NAME_PATTERN,
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  authCookieNames,
  authCookieConfig,
} from './lib/session';
export type { AuthCookieConfig } from './lib/session';
export { forwardedForChain } from './lib/forwarded-for';
export { REGISTRATION_STATUS_LABELS } from './lib/registration-status';
export type { RegistrationStatusCode } from './lib/registration-status';
