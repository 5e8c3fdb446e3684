'use client';

import {
  BackLink,
  Button,
  Checkboxes,
  ErrorSummary,
  errorSummaryItems,
  Textarea,
} from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import { REVIEW_CRITERIA, REVIEW_CRITERION_STATEMENTS } from '../utils/review-criteria';
import type { ReviewField, ReviewFormState } from '../utils/review-form';
import { emptyReviewFormState } from '../utils/review-form';

export interface ReviewDecisionFormProps {
  caseStudy: { id: string; slug: string; title: string };
  /** Server action: validates; "approve" asks to confirm, "confirm" publishes, "return" returns. */
  action: (state: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
  /** The page heading block (caption, title, status), shown above the review. */
  header: ReactNode;
  /** The review criteria and the case study as it will be published (server-rendered). */
  children: ReactNode;
}

/**
 * The peer-review page's decision: the criteria checklist, one comment box,
 * and "Approve and publish" or "Return to author". Approving asks "are you
 * sure" first (publishing is public); the confirmation is a second plain form
 * post, so it works without JavaScript. Errors show in the NHS error summary
 * and inline, and what was typed is kept.
 */
export function ReviewDecisionForm({
  caseStudy,
  action,
  header,
  children,
}: ReviewDecisionFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyReviewFormState());
  const error = (field: ReviewField): string | undefined =>
    state.errors.find((e) => e.field === field)?.message;
  const summary = (
    <ErrorSummary
      key={`summary-${state.submittedAt ?? 0}`}
      errors={errorSummaryItems(state.errors)}
    />
  );

  if (state.confirm) {
    return (
      <>
        <BackLink href={`/case-studies/${caseStudy.slug}/review`}>Back to the review</BackLink>
        {summary}
        <h1 className="nhsuk-heading-xl">
          Are you sure you want to approve and publish {caseStudy.title}?
        </h1>
        <p>
          It will be public straight away: listed in the case study library, open to anyone, with a
          peer-reviewed badge naming your integrated care system and today&apos;s date.
        </p>
        <p>
          The authors will be notified{state.values.comments ? ' and will see your comments' : ''}.
        </p>
        {state.values.comments ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p className="mic-pre-wrap">Your comments: {state.values.comments}</p>
          </div>
        ) : null}
        <form action={formAction} key={`confirm-${state.submittedAt ?? 0}`}>
          <input type="hidden" name="id" value={caseStudy.id} />
          <input type="hidden" name="slug" value={caseStudy.slug} />
          <input type="hidden" name="comments" value={state.values.comments} />
          {state.values.criteria.map((c) => (
            <input key={c} type="hidden" name="criteria" value={c} />
          ))}
          <div className="nhsuk-button-group">
            <Button name="intent" value="confirm">
              {pending ? 'Publishing…' : 'Yes, approve and publish'}
            </Button>
            <a className="nhsuk-link" href={`/case-studies/${caseStudy.slug}/review`}>
              No, go back to the review
            </a>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <BackLink href="/case-studies/review">Peer review queue</BackLink>
      {summary}
      {header}
      {children}
      <section aria-labelledby="decision-heading">
        <h2 className="nhsuk-heading-l" id="decision-heading">
          Your decision
        </h2>
        <form action={formAction} noValidate key={`form-${state.submittedAt ?? 0}`}>
          <input type="hidden" name="id" value={caseStudy.id} />
          <input type="hidden" name="slug" value={caseStudy.slug} />
          <Checkboxes
            name="criteria"
            legend="I have checked that"
            hint="Tick each one you have checked. To approve, all must be true; if one is not, return it to the author."
            options={REVIEW_CRITERIA.map((key) => ({
              value: key,
              text: REVIEW_CRITERION_STATEMENTS[key],
            }))}
            checked={state.values.criteria}
            error={error('criteria')}
          />
          <Textarea
            id="comments"
            label="Comments for the author"
            hint="Required if you return it: say what needs to change. Optional if you approve. The authors see these comments."
            rows={5}
            defaultValue={state.values.comments}
            error={error('comments')}
          />
          <div className="nhsuk-button-group">
            <Button name="intent" value="approve">
              Approve and publish
            </Button>
            <Button name="intent" value="return" variant="secondary">
              {pending ? 'Sending…' : 'Return to author'}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}
