import { CaseStudyForReviewDocument } from '@mic/web-data-access';
import {
  CaseStudyPreview,
  CaseStudyStatusTag,
  ReviewCriteriaList,
  ReviewDecisionForm,
  alreadyDecidedMessage,
  formatDate,
  slugSchema,
} from '@mic/web-feature-case-studies';
import type { CaseStudyForReview } from '@mic/web-feature-case-studies';
import { hasAnyRole, REVIEWER_ROLES } from '@mic/shared-util';
import { BackLink, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../../lib/auth/require-session';
import { loadSessionUser } from '../../../../../lib/auth/session-user';
import { reviewDecisionAction } from '../../../../../lib/case-studies/review-actions';
import { loadUploadPolicy } from '../../../../../lib/files/upload-policy';

export const metadata: Metadata = { title: 'Review a case study' };

interface ReviewCaseStudyPageProps {
  params: Promise<{ slug: string }>;
}

function Header({ cs }: { cs: CaseStudyForReview }): ReactElement {
  return (
    <>
      <span className="nhsuk-caption-l">Peer review</span>
      <h1 className="nhsuk-heading-xl">{cs.title}</h1>
      <p data-testid="review-status">
        <CaseStudyStatusTag status={cs.status} reviewComments={cs.reviewComments} />
        {cs.submittedAt && cs.status === 'SUBMITTED' ? ` on ${formatDate(cs.submittedAt)}` : ''}
      </p>
      <p>
        From {cs.organisation.name} ({cs.organisation.type.label})
        {cs.ics ? `, ${cs.ics.shortName}` : ', region-wide'}.
      </p>
      {cs.reviews.length ? (
        <InsetText>
          <p>
            Reviewed before: {cs.reviews.length === 1 ? 'once' : `${cs.reviews.length} times`}. The
            latest was{' '}
            {cs.reviews[0]?.decision === 'RETURNED' ? 'returned to the author' : 'approved'} on{' '}
            {formatDate(cs.reviews[0]?.createdAt ?? '')}
            {cs.reviews[0]?.comments ? `, with these comments: ${cs.reviews[0].comments}` : ''}.
          </p>
        </InsetText>
      ) : null}
    </>
  );
}

/**
 * The review page: the case study as it will be published, the review
 * criteria as a checklist, and the decision (approve and publish after "are
 * you sure", or return with comments). Only reviewers from another ICS can
 * decide; anyone without a reviewer role gets "page not found".
 */
export default async function ReviewCaseStudyPage({
  params,
}: ReviewCaseStudyPageProps): Promise<ReactElement> {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  await requireSession(`/case-studies/${slug.data}/review`);
  // The permission check lives here: reviewers only (the API checks every decision again).
  const user = await loadSessionUser();
  if (!user || !hasAnyRole(user.roles, REVIEWER_ROLES)) notFound();
  // Missing, or a draft the reviewer may not see (e.g. just returned): both NOT_FOUND.
  const result = await queryOrNull({
    query: CaseStudyForReviewDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  const cs = result?.data?.caseStudy;
  if (!cs) notFound();
  const uploadPolicy = await loadUploadPolicy();
  const body = (
    <>
      <ReviewCriteriaList caseStudy={cs} />
      <CaseStudyPreview caseStudy={cs} virusScanned={uploadPolicy.virusScanned} />
    </>
  );

  if (cs.status !== 'SUBMITTED' || !cs.canReview) {
    // Nothing to decide here: say why, and still show what was submitted.
    return (
      <>
        <BackLink href="/case-studies/review">Peer review queue</BackLink>
        <Header cs={cs} />
        <div className="nhsuk-warning-callout" data-testid="cannot-review">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {cs.status === 'SUBMITTED'
                ? 'You cannot review this case study'
                : alreadyDecidedMessage(cs.status)}
            </span>
          </h2>
          <p>
            {cs.status === 'SUBMITTED'
              ? 'Peer review must be done by someone from a different integrated care system from the authors.'
              : 'There is nothing left to decide.'}{' '}
            {cs.status === 'PUBLISHED' || cs.status === 'ARCHIVED' ? (
              <a href={`/case-studies/${cs.slug}`}>View the case study</a>
            ) : (
              <a href="/case-studies/review">Back to the review queue</a>
            )}
          </p>
        </div>
        {cs.status === 'SUBMITTED' ? body : null}
      </>
    );
  }

  return (
    <ReviewDecisionForm
      caseStudy={{ id: cs.id, slug: cs.slug, title: cs.title }}
      action={reviewDecisionAction}
      header={<Header cs={cs} />}
    >
      {body}
    </ReviewDecisionForm>
  );
}
