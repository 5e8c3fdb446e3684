'use client';

import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { EditFormState, EditFormValues } from '../utils/forms';
import {
  CommitmentForm,
  CommitmentPartiesFields,
  CommitmentTargetFields,
  commitmentFieldError,
} from './CommitmentFields';

export interface EditCommitmentFormProps {
  action: (state: EditFormState, formData: FormData) => Promise<EditFormState>;
  organisations: { id: string; name: string }[];
  /** The commitment as it is now (the form starts from it). */
  current: EditFormValues;
  /** The target's metric and unit, when it has a target (its value and date can change). */
  target: { metricLabel: string; unit: string } | null;
}

/** Change a commitment: what, who, how often and the target's value and date. No JavaScript needed. */
export function EditCommitmentForm({
  action,
  organisations,
  current,
  target: goal,
}: EditCommitmentFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const v = state.values ?? current;
  const err = commitmentFieldError(state.errors);
  return (
    <CommitmentForm action={formAction} state={state} submitText="Save changes">
      <CommitmentPartiesFields
        err={err}
        values={v}
        statementLabel="What is committed to"
        leadLabel="Lead organisation (owns the commitment)"
        leadDefault={v.organisationIds[0] ?? ''}
        organisations={organisations}
      />
      {goal ? (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Target: {goal.metricLabel}
          </legend>
          <CommitmentTargetFields
            err={err}
            values={v}
            valueLabel={`Target value${goal.unit ? ` (${goal.unit})` : ''}`}
            dateLegend="Target date (when it is due)"
          />
        </fieldset>
      ) : null}
    </CommitmentForm>
  );
}
