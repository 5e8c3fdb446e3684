import type { MyCaseStudiesQuery } from '@mic/web-data-access';
import { BackLink, Button, TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate } from '../utils/case-study-params';
import { CaseStudyStatusTag } from './CaseStudyStatusTag';

export interface MyCaseStudiesProps {
  connection: MyCaseStudiesQuery['caseStudies'];
  organisationName: string | null;
}

/** The member's organisation's case studies in every status, with status labels and what to do next. */
export function MyCaseStudies({ connection, organisationName }: MyCaseStudiesProps): ReactElement {
  const nodes = connection.edges.map((e) => e.node);
  return (
    <>
      <BackLink href="/case-studies">All case studies</BackLink>
      <h1 className="nhsuk-heading-xl">Your organisation’s case studies</h1>
      {organisationName ? <p className="nhsuk-lede-text">{organisationName}</p> : null}
      <Button href="/case-studies/new">Write a case study</Button>
      {nodes.length === 0 ? (
        <p>Your organisation has no case studies yet.</p>
      ) : (
        <TableScroll labelledBy="my-case-studies-caption" stickyFirstColumn>
          <table className="nhsuk-table" data-testid="my-case-studies">
            <caption className="nhsuk-table__caption" id="my-case-studies-caption">
              Case studies ({nodes.length})
            </caption>
            <TableHead rowClass columns={['Title', 'Status', 'Last changed', 'Next step']} />
            <tbody className="nhsuk-table__body">
              {nodes.map((cs) => (
                <tr key={cs.id} className="nhsuk-table__row" data-slug={cs.slug}>
                  <th scope="row" className="nhsuk-table__header">
                    <a href={`/case-studies/${cs.slug}`}>{cs.title}</a>
                    {cs.ics ? (
                      <span className="nhsuk-body-s nhsuk-u-font-weight-normal">
                        {' '}
                        ({cs.ics.shortName})
                      </span>
                    ) : null}
                  </th>
                  <td className="nhsuk-table__cell">
                    <CaseStudyStatusTag status={cs.status} reviewComments={cs.reviewComments} />
                  </td>
                  <td className="nhsuk-table__cell">{formatDate(cs.updatedAt)}</td>
                  <td className="nhsuk-table__cell">
                    {cs.status === 'DRAFT' ? (
                      <a href={`/case-studies/${cs.slug}/edit/5`}>
                        {cs.reviewComments ? 'Read the comments and resubmit' : 'Finish and submit'}
                        <span className="nhsuk-u-visually-hidden"> {cs.title}</span>
                      </a>
                    ) : cs.status === 'SUBMITTED' ? (
                      'Waiting for a reviewer'
                    ) : cs.status === 'PUBLISHED' ? (
                      'Keep its figures up to date'
                    ) : (
                      'None'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
