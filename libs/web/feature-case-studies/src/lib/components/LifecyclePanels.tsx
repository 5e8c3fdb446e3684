import type { ReactElement } from 'react';

/** Shown once a case study is submitted for peer review: what happens next. */
export function SubmittedPanel({ title, slug }: { title: string; slug: string }): ReactElement {
  return (
    <>
      <div className="nhsuk-panel" data-testid="submitted-panel">
        <h1 className="nhsuk-panel__title">Case study submitted for review</h1>
        <div className="nhsuk-panel__body">{title}</div>
      </div>
      <h2 className="nhsuk-heading-m">What happens next</h2>
      <p>
        A reviewer from a different integrated care system (a moderator, an ICS admin or a regional
        admin) will check it against the review criteria: the evidence, dated and sourced outcome
        figures, a named contact, and consent to share.
      </p>
      <p>Reviews usually take up to 2 weeks.</p>
      <p>
        We will email you and send you a notification when the reviewer approves it, which publishes
        it, or returns it to you with comments on what to change.
      </p>
      <p>Until then it is not public. You can still open it and make changes.</p>
      <p>
        <a href={`/case-studies/${slug}`}>View your case study</a>
      </p>
      <p>
        <a href="/case-studies/mine">Your organisation’s case studies</a>
      </p>
    </>
  );
}

/** Shown once a case study is archived. */
export function ArchivedPanel({ title, slug }: { title: string; slug: string }): ReactElement {
  return (
    <>
      <div className="nhsuk-panel" data-testid="archived-panel">
        <h1 className="nhsuk-panel__title">Case study archived</h1>
        <div className="nhsuk-panel__body">{title}</div>
      </div>
      <h2 className="nhsuk-heading-m">What happens next</h2>
      <p>
        It is no longer listed in the case study library. Its page stays at the same address, marked
        as archived, so links to it still work.
      </p>
      <p>
        <a href={`/case-studies/${slug}`}>View the archived case study</a>
      </p>
      <p>
        <a href="/case-studies/mine">Your organisation’s case studies</a>
      </p>
    </>
  );
}
