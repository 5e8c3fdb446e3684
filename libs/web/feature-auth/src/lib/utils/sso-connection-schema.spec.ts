import { describe, expect, it } from '@jest/globals';

import { parseDomains, ssoConnectionSchema } from './sso-connection-schema';

describe('sso connection form', () => {
  const valid = {
    displayName: ' NHSmail ',
    issuer: 'https://login.example.org/v2.0',
    clientId: 'abc',
    clientSecret: 'shh',
    emailDomains: 'nhs.net, @Walsall.GOV.uk\nnhs.net',
    verifiesMembership: 'yes',
  };

  it('should parse domains from commas, spaces and new lines, lower-cased, once each', () => {
    expect(parseDomains(' a.example,, @B.example\nc.example a.example ')).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('should accept a complete form', () => {
    expect(ssoConnectionSchema(false).parse(valid)).toEqual({
      displayName: 'NHSmail',
      issuer: 'https://login.example.org/v2.0',
      clientId: 'abc',
      clientSecret: 'shh',
      emailDomains: ['nhs.net', 'walsall.gov.uk'],
      verifiesMembership: true,
    });
  });

  it('should refuse blanks and malformed values, and keep the secret optional when editing', () => {
    const result = ssoConnectionSchema(false).safeParse({ ...valid, displayName: ' ', issuer: 'not a url', clientSecret: '', emailDomains: 'not_a_domain' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['displayName', 'issuer', 'clientSecret', 'emailDomains']));
    expect(ssoConnectionSchema(true).safeParse({ ...valid, clientSecret: '' }).success).toBe(true);
    expect(ssoConnectionSchema(false).safeParse({ ...valid, emailDomains: ' ' }).success).toBe(false);
  });
});
