import type { ReactElement } from 'react';

export interface NotVerifiedNoticeProps {
  /** What the person tried to do, e.g. "edit this case study". */
  doing: string;
  /** The organisation they asked to join, if any. */
  organisationName?: string | null;
}

/** Shown instead of an editor when the person's membership is not verified yet. */
export function NotVerifiedNotice({
  doing,
  organisationName,
}: NotVerifiedNoticeProps): ReactElement {
  return (
    <div className="nhsuk-grid-row" data-testid="not-verified">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">You cannot {doing} yet</h1>
        <p>
          {organisationName
            ? `Your membership of ${organisationName} is not verified yet.`
            : 'You have not chosen your organisation yet.'}{' '}
          Only verified members can write and edit their organisation’s content. Until then you can
          read everything and take part in discussions.
        </p>
        <p>
          To get verified, confirm a work email address on your organisation’s domain, or ask a
          colleague who is a verified member to vouch for you.
        </p>
        <p>
          <a href="/account/membership">See your membership and how to get verified</a>
        </p>
      </div>
    </div>
  );
}
