export { Role, ROLE_LABELS, REVIEWER_ROLES } from './lib/roles';
export { PASSWORD_MIN_LENGTH, NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from './lib/limits';
export { SESSION_IDLE_HOURS_DEFAULT, SESSION_TTL_DAYS_DEFAULT, authCookieNames } from './lib/session';
export { forwardedForChain } from './lib/forwarded-for';
export { REGISTRATION_STATUS_LABELS } from './lib/registration-status';
export type { RegistrationStatusCode } from './lib/registration-status';
