import type { ReactElement, ReactNode } from 'react';

import { formatDate } from '../utils/format-date';
import { SubmitButton } from './FormFields';

export interface AttachedAssessment {
  id: string;
  toolkitTitle: string;
  toolkitSlug: string;
  versionNumber: number;
  submittedAt: string | null;
  answers: ReadonlyArray<{ question: string; answer: string }>;
}

export interface AssessmentOption {
  id: string;
  status: string;
  submittedAt: string | null;
  toolkitVersion: { number: number };
}

export interface AttachedAssessmentsProps {
  assessments: ReadonlyArray<AttachedAssessment>;
  /** Editors only: a form to attach one of their submitted assessments. */
  attach?: {
    action: (formData: FormData) => void | Promise<void>;
    /** Hidden fields identifying the target (e.g. caseStudyId and slug, or adoptionId). */
    hidden: Record<string, string>;
    options: ReadonlyArray<AssessmentOption>;
  };
  /** A ready-made attach form (e.g. one with form state), shown instead of `attach`'s. */
  attachForm?: ReactNode;
}

/** Toolkit assessments attached as evidence, each with its answers; plus the attach form for editors. */
export function AttachedAssessments({
  assessments,
  attach,
  attachForm,
}: AttachedAssessmentsProps): ReactElement {
  const submitted = attach?.options.filter((o) => o.status === 'SUBMITTED') ?? [];
  return (
    <section aria-labelledby="assessments-heading" data-testid="attached-assessments">
      <h2 className="nhsuk-heading-l" id="assessments-heading">
        Toolkit assessments
      </h2>
      {assessments.length === 0 ? <p>No assessments attached.</p> : null}
      {assessments.map((a) => (
        <div key={a.id}>
          <h3 className="nhsuk-heading-s">
            <a href={`/toolkits/${a.toolkitSlug}`}>{a.toolkitTitle}</a> (form version{' '}
            {a.versionNumber})
          </h3>
          {a.submittedAt ? <p>Submitted {formatDate(a.submittedAt)}</p> : null}
          <dl className="nhsuk-summary-list">
            {a.answers.map((answer) => (
              <div className="nhsuk-summary-list__row" key={answer.question}>
                <dt className="nhsuk-summary-list__key">{answer.question}</dt>
                <dd className="nhsuk-summary-list__value">{answer.answer}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      {attachForm ?? null}
      {!attachForm && attach && submitted.length > 0 ? (
        <form action={attach.action}>
          {Object.entries(attach.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="assessmentId">
              Attach one of your submitted assessments
            </label>
            <select className="nhsuk-select" id="assessmentId" name="assessmentId">
              {submitted.map((o) => (
                <option key={o.id} value={o.id}>
                  Submitted {o.submittedAt ? formatDate(o.submittedAt) : ''} (form version{' '}
                  {o.toolkitVersion.number})
                </option>
              ))}
            </select>
          </div>
          <SubmitButton secondary>Attach assessment</SubmitButton>
        </form>
      ) : null}
    </section>
  );
}
