import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import type { MembershipRequestRowFragment } from '@mic/web-data-access';

import type { ActionState } from '../../utils/membership-schemas';
import { CheckEmailNotice } from './CheckEmailNotice';
import { ConfirmEmailForm } from './ConfirmEmailForm';
import type { ConfirmEmailState } from './ConfirmEmailForm';
import { MembershipOverview } from './MembershipOverview';
import type { MembershipUser } from './MembershipOverview';
import { MembershipRequestList } from './MembershipRequestList';
import { OrganisationRequestList } from './OrganisationRequestList';

const noAction = async (state: ActionState): Promise<ActionState> => state;

const request: MembershipRequestRowFragment = {
  id: 'u-1',
  email: 'asha.patel@sandwell.gov.uk',
  requestedAt: '2026-12-01T10:00:00.000Z',
  emailConfirmed: true,
  emailDomainMatches: false,
  user: { id: 'u-1', name: 'Asha Patel' },
  organisation: { id: 'o-1', name: 'Sandwell Council' },
};

function user(overrides: Partial<MembershipUser> = {}): MembershipUser {
  return {
    id: 'u-1',
    name: 'Asha Patel',
    email: 'asha@gmail.com',
    emailConfirmed: false,
    verified: false,
    roles: ['MEMBER'],
    membership: {
      status: 'REQUESTED',
      verificationMethod: null,
      requestedAt: '2026-12-01T10:00:00.000Z',
      verifiedAt: null,
      declinedAt: null,
      organisation: {
        id: 'o-1',
        name: 'Sandwell Council',
        emailDomains: ['sandwell.gov.uk'],
      },
    },
    ...overrides,
  };
}

describe('MembershipRequestList', () => {
  it('should show each person with Vouch and Decline buttons named after them', () => {
    const html = renderToStaticMarkup(
      createElement(MembershipRequestList, {
        requests: [request],
        action: noAction,
        back: '/members/requests',
      }),
    );
    expect(html).toContain('Asha Patel');
    expect(html).toContain('asha.patel@sandwell.gov.uk');
    expect(html).toContain('1 December 2026');
    expect(html).toMatch(
      /value="vouch"[^>]*>Vouch<span class="nhsuk-u-visually-hidden"> for Asha Patel/,
    );
    expect(html).toContain('value="decline"');
    expect(html).not.toContain('value="approve"');
  });

  it('should offer Approve instead of Vouch to regional admins', () => {
    const html = renderToStaticMarkup(
      createElement(MembershipRequestList, {
        requests: [request],
        action: noAction,
        back: '/admin/requests',
        canApprove: true,
      }),
    );
    expect(html).toContain('value="approve"');
    expect(html).not.toContain('value="vouch"');
  });

  it('should say when nobody is waiting', () => {
    const html = renderToStaticMarkup(
      createElement(MembershipRequestList, {
        requests: [],
        action: noAction,
        back: '/members/requests',
      }),
    );
    expect(html).toContain('Nobody is waiting to join');
  });
});

describe('MembershipOverview', () => {
  const slots = { requestForm: 'FORM', resendForm: 'RESEND', organisationRequests: 'REQUESTS' };

  it('should explain how to get verified and offer a new link while the email is unconfirmed', () => {
    const html = renderToStaticMarkup(
      createElement(MembershipOverview, { user: user(), ...slots }),
    );
    expect(html).toContain('Waiting for verification');
    expect(html).toContain('How to get verified');
    expect(html).toContain('sandwell.gov.uk');
    expect(html).toContain('RESEND');
    expect(html).toContain('Not confirmed');
  });

  it('should not offer a new link once the email is confirmed and the membership verified', () => {
    const html = renderToStaticMarkup(
      createElement(MembershipOverview, {
        user: user({
          emailConfirmed: true,
          verified: true,
          membership: {
            ...user().membership!,
            status: 'VERIFIED',
            verifiedAt: '2026-12-02T10:00:00.000Z',
            verificationMethod: 'VOUCHED',
          },
        }),
        ...slots,
      }),
    );
    expect(html).toContain('Verified');
    expect(html).toContain('a colleague or ICS admin vouched for you');
    expect(html).not.toContain('RESEND');
    expect(html).not.toContain('How to get verified');
  });
});

describe('ConfirmEmailForm', () => {
  it('should only show a button carrying the token (opening the link uses nothing)', () => {
    const action = async (state: ConfirmEmailState): Promise<ConfirmEmailState> => state;
    const html = renderToStaticMarkup(createElement(ConfirmEmailForm, { action, token: 'abc123' }));
    expect(html).toContain('Confirm my email address');
    expect(html).toContain('name="token" value="abc123"');
  });
});

describe('CheckEmailNotice', () => {
  it('should name the address and what an unverified member cannot do', () => {
    const html = renderToStaticMarkup(
      createElement(CheckEmailNotice, {
        email: 'asha@gmail.com',
        organisationName: 'Sandwell Council',
        emailDomainMatches: false,
      }),
    );
    expect(html).toContain('asha@gmail.com');
    expect(html).toContain('cannot edit Sandwell Council’s case studies');
    expect(html).toContain('vouch for you');
  });
});

describe('OrganisationRequestList', () => {
  it('should show a rejected request with its reason', () => {
    const html = renderToStaticMarkup(
      createElement(OrganisationRequestList, {
        requests: [
          {
            id: 'r-1',
            name: 'Sandwell Food Bank',
            status: 'REJECTED',
            decisionNote: 'Already listed as Sandwell Foodbank Trust',
            createdAt: '2026-12-01T10:00:00.000Z',
            decidedAt: '2026-12-02T10:00:00.000Z',
            organisation: null,
          },
        ],
      }),
    );
    expect(html).toContain('Rejected');
    expect(html).toContain('Reason: Already listed as Sandwell Foodbank Trust');
  });
});
