import {
  acceptClaims,
  emailDomainOf,
  isAcceptableIssuer,
  isServableDomain,
  safeReturnTo,
} from './sso.policy';

describe('organisation sign-in policy', () => {
  it('should read the domain of an address', () => {
    expect(emailDomainOf(' Jo@NHS.Example ')).toBe('nhs.example');
    expect(emailDomainOf('no-at-sign')).toBeNull();
    expect(emailDomainOf('@nhs.example')).toBeNull();
    expect(emailDomainOf('jo@')).toBeNull();
  });

  it('should refuse public webmail domains', () => {
    expect(isServableDomain('gmail.com')).toBe(false);
    expect(isServableDomain('nhs.net')).toBe(true);
  });

  it('should accept https issuers, and http only when allowed', () => {
    expect(isAcceptableIssuer('https://login.example.org/tenant/v2.0', false)).toBe(true);
    expect(isAcceptableIssuer('http://localhost:4100', false)).toBe(false);
    expect(isAcceptableIssuer('http://localhost:4100', true)).toBe(true);
    expect(isAcceptableIssuer('javascript:alert(1)', true)).toBe(false);
    expect(isAcceptableIssuer('https://user:pw@login.example.org', false)).toBe(false);
    expect(isAcceptableIssuer('not a url', true)).toBe(false);
  });

  describe('claims', () => {
    const domains = ['nhs.example'];
    const good = {
      sub: 'abc',
      email: 'Jo.Bloggs@nhs.example',
      email_verified: true,
      name: 'Jo Bloggs',
    };

    it('should accept a verified address on a served domain', () => {
      expect(acceptClaims(good, domains)).toEqual({
        ok: true,
        subject: 'abc',
        email: 'jo.bloggs@nhs.example',
        name: 'Jo Bloggs',
      });
      expect(
        acceptClaims(
          { ...good, name: undefined, given_name: 'Jo', family_name: 'Bloggs' },
          domains,
        ),
      ).toMatchObject({ name: 'Jo Bloggs' });
      expect(acceptClaims({ ...good, name: undefined }, domains)).toMatchObject({
        name: 'jo.bloggs',
      });
    });

    it('should refuse an unverified address, a missing one, another domain and no subject', () => {
      expect(acceptClaims({ ...good, email_verified: 'true' }, domains)).toEqual({
        ok: false,
        reason: 'EMAIL_NOT_VERIFIED',
      });
      expect(acceptClaims({ ...good, email_verified: undefined }, domains)).toEqual({
        ok: false,
        reason: 'EMAIL_NOT_VERIFIED',
      });
      expect(acceptClaims({ ...good, email: undefined }, domains)).toEqual({
        ok: false,
        reason: 'NO_EMAIL',
      });
      expect(acceptClaims({ ...good, email: 'jo@council.example' }, domains)).toEqual({
        ok: false,
        reason: 'DOMAIN_NOT_SERVED',
      });
      expect(acceptClaims({ ...good, sub: '' }, domains)).toEqual({
        ok: false,
        reason: 'NO_SUBJECT',
      });
    });
  });

  it('should only return to paths of this site', () => {
    expect(safeReturnTo('/events?x=1')).toBe('/events?x=1');
    expect(safeReturnTo('//evil.example')).toBe('/account');
    expect(safeReturnTo('/\\evil.example')).toBe('/account');
    expect(safeReturnTo('https://evil.example')).toBe('/account');
    expect(safeReturnTo(undefined)).toBe('/account');
  });
});
