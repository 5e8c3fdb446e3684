'use client';

import type { AssessmentPageQuery } from '@mic/web-data-access';
import { ErrorSummary, errorSummaryItems, Radios, Textarea } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

type Assessment = NonNullable<AssessmentPageQuery['assessment']>;

/** What the save/submit action returns when refused: errors by question key, and the answers given. */
export interface AssessmentFormState {
  errors: Array<{ field?: string; message: string }>;
  /** The answers as submitted, by question key (so nothing chosen or typed is lost). */
  values: Record<string, string>;
  submittedAt?: number;
}

export interface AssessmentFormProps {
  assessment: Assessment;
  toolkitTitle: string;
  /** Server action: saves (intent=save) or submits (intent=submit), then redirects; returns errors otherwise. */
  action: (state: AssessmentFormState, formData: FormData) => Promise<AssessmentFormState>;
}

const SCALE = ['1', '2', '3', '4', '5'];
const fieldId = (key: string) => `q-${key.replace(/[^a-z0-9-]/gi, '-')}`;

/** A fillable assessment: save and resume, then submit; exports once saved. */
export function AssessmentForm({
  assessment,
  toolkitTitle,
  action,
}: AssessmentFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [], values: {} });
  const errors = Object.fromEntries(
    state.errors.filter((e) => e.field).map((e) => [e.field as string, e.message]),
  );
  const saved = new Map(assessment.answers.map((a) => [a.questionKey, a.value]));
  // After a refused save or submit, what was just given; otherwise what is saved.
  const answers = state.submittedAt ? new Map(Object.entries(state.values)) : saved;
  const submitted = assessment.status === 'SUBMITTED';
  const sections = assessment.toolkitVersion.form ?? [];
  return (
    <>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={errorSummaryItems(state.errors, fieldId)}
      />
      <h1>{toolkitTitle}</h1>
      <p className="nhsuk-body">
        {submitted
          ? 'You have submitted this assessment.'
          : 'Your answers are saved when you choose “Save and come back later”.'}
      </p>
      <p className="nhsuk-body">
        Export: <a href={`/assessments/${assessment.id}/export/csv`}>CSV</a> ·{' '}
        <a href={`/assessments/${assessment.id}/export/pdf`}>PDF</a>
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="assessmentId" value={assessment.id} />
        {sections.map((section) => (
          <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-6" key={section.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
              <h2 className="nhsuk-fieldset__heading">{section.title}</h2>
            </legend>
            {section.questions.map((q) => {
              const id = fieldId(q.key);
              const common = {
                id,
                name: `answer:${q.key}`,
                error: errors[q.key],
                disabled: submitted,
              };
              const value = answers.get(q.key) ?? '';
              if (q.type === 'TEXT') {
                return (
                  <Textarea key={q.key} {...common} label={q.label} rows={3} defaultValue={value} />
                );
              }
              const options = q.type === 'SCALE' ? SCALE : q.options;
              return (
                <Radios
                  key={q.key}
                  {...common}
                  legend={q.label}
                  legendSize="body"
                  hint={q.type === 'SCALE' ? '1 is not at all, 5 is fully.' : undefined}
                  inline={q.type === 'SCALE'}
                  options={options.map((option) => ({ value: option, text: option }))}
                  checked={value}
                  idFor={(_, i) => (i === 0 ? id : `${id}-${i}`)}
                />
              );
            })}
          </fieldset>
        ))}
        {submitted ? null : (
          <div className="nhsuk-button-group">
            <button
              type="submit"
              name="intent"
              value="save"
              className="nhsuk-button nhsuk-button--secondary"
            >
              Save and come back later
            </button>{' '}
            <button type="submit" name="intent" value="submit" className="nhsuk-button">
              Submit assessment
            </button>
          </div>
        )}
      </form>
    </>
  );
}
