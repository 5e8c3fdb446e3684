import { BackLink } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface AdoptCaseStudyBlockedProps {
  caseStudy: { slug: string; title: string };
  reason:
    | { kind: 'already'; adoptions: ReadonlyArray<{ id: string; organisationName: string }> }
    | { kind: 'origin'; organisationName: string }
    | { kind: 'not-published' };
}

/** Why the "Adopt this" form is not offered, with where to go instead. */
export function AdoptCaseStudyBlocked({
  caseStudy,
  reason,
}: AdoptCaseStudyBlockedProps): ReactElement {
  return (
    <>
      <BackLink href={`/case-studies/${caseStudy.slug}`}>{caseStudy.title}</BackLink>
      <div className="nhsuk-grid-row" data-testid="adopt-blocked">
        <div className="nhsuk-grid-column-two-thirds">
          {reason.kind === 'already' ? (
            <>
              <h1 className="nhsuk-heading-xl">Your organisation is already adopting this</h1>
              <p>You can update the adoption: its stage, adaptation log, readiness and figures.</p>
              <ul className="nhsuk-list">
                {reason.adoptions.map((a) => (
                  <li key={a.id}>
                    <a href={`/adoptions/${a.id}`}>Go to the adoption by {a.organisationName}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : reason.kind === 'origin' ? (
            <>
              <h1 className="nhsuk-heading-xl">This case study comes from your organisation</h1>
              <p>
                {reason.organisationName} is its origin, so it cannot adopt it. Other organisations
                declare adoptions, and you will be told when they do.
              </p>
              <p>
                <a href={`/case-studies/${caseStudy.slug}#adopters`}>See who is adopting it</a>
              </p>
            </>
          ) : (
            <>
              <h1 className="nhsuk-heading-xl">This case study cannot be adopted yet</h1>
              <p>Only published case studies can be adopted.</p>
              <p>
                <a href={`/case-studies/${caseStudy.slug}`}>Back to the case study</a>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
