import { PASSWORD_MIN_LENGTH } from '@mic/shared-util';

import { badInput } from '../../common/errors/domain.exception';
import { isCommonPassword } from './common-passwords';

/** Throws BAD_USER_INPUT on the given field when the password is too weak. */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(`Password must be at least ${PASSWORD_MIN_LENGTH} characters.`, field);
  }
  if (password.length > 256) throw badInput('Password must be 256 characters or fewer.', field);
  if (isCommonPassword(password)) {
    throw badInput('That password is too common. Choose a longer, less predictable one.', field);
  }
}

/** Trimmed, lower-cased email; the unique key for accounts. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailDomain(email: string): string {
  return normaliseEmail(email).split('@').pop() ?? '';
}
