export { Role, ROLE_LABELS, REVIEWER_ROLES } from './lib/roles';
export { PASSWORD_MIN_LENGTH, NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from './lib/limits';
