'use client';

import { BackLink, Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { LifecycleFormState } from '../utils/lifecycle-forms';
import { emptyLifecycleFormState } from '../utils/lifecycle-forms';
import { CaseStudyStatusTag } from './CaseStudyStatusTag';

export interface ArchiveCaseStudyFormProps {
  caseStudy: {
    id: string;
    slug: string;
    title: string;
    status: string;
    reviewComments?: string | null;
  };
  /** Server action: archives and goes to the confirmation; returns errors otherwise. */
  action: (state: LifecycleFormState, formData: FormData) => Promise<LifecycleFormState>;
}

/** The NHS "are you sure" page before archiving a case study (a plain form post; no JavaScript needed). */
export function ArchiveCaseStudyForm({
  caseStudy,
  action,
}: ArchiveCaseStudyFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyLifecycleFormState());
  const back = `/case-studies/${caseStudy.slug}`;
  return (
    <>
      <BackLink href={back}>Back to the case study</BackLink>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={state.errors.map((e) => ({ message: e.message }))}
      />
      <h1 className="nhsuk-heading-xl">Are you sure you want to archive {caseStudy.title}?</h1>
      <p>
        Status now:{' '}
        <CaseStudyStatusTag status={caseStudy.status} reviewComments={caseStudy.reviewComments} />
      </p>
      <p>If you archive it:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>it will no longer be listed in the case study library</li>
        <li>
          its page stays at the same address, marked as archived, so links from adopters and events
          still work
        </li>
        <li>nobody can edit it, review it or submit it for review again</li>
      </ul>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            You cannot undo this
          </span>
        </h2>
        <p>To share this practice again, write a new case study.</p>
      </div>
      <form action={formAction}>
        <input type="hidden" name="id" value={caseStudy.id} />
        <input type="hidden" name="slug" value={caseStudy.slug} />
        <div className="nhsuk-button-group">
          <Button variant="warning">
            {pending ? 'Archiving…' : 'Yes, archive this case study'}
          </Button>
          <a className="nhsuk-link" href={back}>
            No, keep it
          </a>
        </div>
      </form>
    </>
  );
}
