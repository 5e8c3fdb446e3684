import { DomainException } from '../../common/errors/domain.exception';
import { assertAcceptablePassword, emailDomain, normaliseEmail } from './password.policy';

describe('password policy', () => {
  it('should reject a password shorter than 12 characters', () => {
    expect(() => assertAcceptablePassword('short-pass1')).toThrow(DomainException);
  });

  it('should reject a common password even when long enough', () => {
    expect(() => assertAcceptablePassword('password1234')).toThrow(/too common/);
    expect(() => assertAcceptablePassword('Password123456!')).toThrow(/too common/);
    expect(() => assertAcceptablePassword('zzzzzzzzzzzzzz')).toThrow(/too common/);
  });

  it('should name the offending field', () => {
    try {
      assertAcceptablePassword('tiny', 'newPassword');
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as DomainException).field).toBe('newPassword');
    }
  });

  it('should accept a long uncommon passphrase', () => {
    expect(() => assertAcceptablePassword('walsall-lantern-orchard')).not.toThrow();
  });

  it('should normalise email case and whitespace', () => {
    expect(normaliseEmail('  Lead@Example.ORG ')).toBe('lead@example.org');
    expect(emailDomain('Someone@NHS.net')).toBe('nhs.net');
  });
});
