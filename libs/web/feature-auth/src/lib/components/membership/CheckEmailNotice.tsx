import { InsetText } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface CheckEmailNoticeProps {
  /** Where the confirmation link went. */
  email: string;
  /** The organisation asked for, if any. */
  organisationName: string | null;
  /** The organisation's email domains (confirming an address on one verifies the membership). */
  emailDomainMatches: boolean;
  /** The person chose "My organisation is not listed". */
  notListed?: boolean;
}

/** After sign-up: "Check your email", and what the person can do until they are verified. */
export function CheckEmailNotice({
  email,
  organisationName,
  emailDomainMatches,
  notListed,
}: CheckEmailNoticeProps): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">Check your email</h1>
      <p>
        We have sent a link to <strong className="mic-break-anywhere">{email}</strong>. Open it and
        choose “Confirm my email address”. The link works once and lasts 24 hours.
      </p>
      {emailDomainMatches && organisationName ? (
        <InsetText>
          <p>
            Your address is on {organisationName}’s email domain, so confirming it also verifies
            your membership.
          </p>
        </InsetText>
      ) : null}
      <h2 className="nhsuk-heading-m">Until your membership is verified</h2>
      <p>
        You can read everything and take part in discussions, but you cannot edit
        {organisationName ? ` ${organisationName}’s` : ' your organisation’s'} case studies,
        adoptions or toolkits, or act for it.
      </p>
      <h2 className="nhsuk-heading-m">How to get verified</h2>
      <ul>
        <li>confirm a work email address on your organisation’s email domain</li>
        <li>ask a colleague who is already a verified member to vouch for you</li>
        <li>
          ask an admin for your integrated care system (ICS), or a regional admin, to approve you
        </li>
      </ul>
      {notListed ? (
        <p>
          You told us your organisation is not listed.{' '}
          <a href="/organisations/request">Ask for your organisation to be added</a>.
        </p>
      ) : null}
      <p>
        <a href="/account/membership">See your membership</a>
      </p>
      <p className="nhsuk-body-s">
        No email after a few minutes? Check your spam folder, or ask for a new link on{' '}
        <a href="/account/membership">Your membership</a>.
      </p>
    </>
  );
}
