import { describe, expect, it } from '@jest/globals';

import { formErrorsFromIssues } from './form-state';
import {
  organisationRequestFields,
  organisationRequestSchema,
  rejectOrganisationRequestSchema,
} from './membership-schemas';

const valid = {
  name: 'Sandwell Food Bank',
  typeKey: 'VCSE',
  icsOdsCode: 'QUA',
  website: '',
  emailDomain: '',
};

describe('organisationRequestSchema', () => {
  it('should accept a request with only the required fields, leaving optional ones out', () => {
    expect(organisationRequestSchema.parse(valid)).toEqual({
      name: 'Sandwell Food Bank',
      typeKey: 'VCSE',
      icsOdsCode: 'QUA',
      website: undefined,
      emailDomain: undefined,
    });
  });

  it('should normalise the email domain when it has an @ and capitals', () => {
    expect(
      organisationRequestSchema.parse({ ...valid, emailDomain: ' @Sandwell.GOV.uk ' }).emailDomain,
    ).toBe('sandwell.gov.uk');
  });

  it('should report each missing field in page order when the form is blank', () => {
    const result = organisationRequestSchema.safeParse({
      name: ' ',
      typeKey: '',
      icsOdsCode: '',
      website: 'www.example.org',
      emailDomain: 'not a domain',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formErrorsFromIssues(result.error.issues, organisationRequestFields)).toEqual([
      { field: 'name', message: 'Enter the name of your organisation' },
      { field: 'typeKey', message: 'Select the type of organisation' },
      { field: 'icsOdsCode', message: 'Select the integrated care system (ICS) it belongs to' },
      {
        field: 'website',
        message: 'Enter a website address starting with https://, like https://www.walsall.gov.uk',
      },
      {
        field: 'emailDomain',
        message:
          'Enter an email domain like walsall.gov.uk (the part after @ in staff email addresses)',
      },
    ]);
  });
});

describe('rejectOrganisationRequestSchema', () => {
  it('should ask for a reason of at least 5 characters', () => {
    expect(rejectOrganisationRequestSchema.safeParse({ reason: '' }).success).toBe(false);
    expect(rejectOrganisationRequestSchema.safeParse({ reason: 'dup' }).success).toBe(false);
    expect(rejectOrganisationRequestSchema.parse({ reason: '  Already listed  ' }).reason).toBe(
      'Already listed',
    );
  });
});
