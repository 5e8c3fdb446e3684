'use client';

import {
  Checkboxes,
  DateInput,
  ErrorSummary,
  Radios,
  Select,
  TextInput,
  Textarea,
  errorSummaryItems,
} from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { EditFormState, EditFormValues } from '../utils/forms';
import { CADENCE_LABELS } from '../utils/rag';

export interface EditCommitmentFormProps {
  action: (state: EditFormState, formData: FormData) => Promise<EditFormState>;
  organisations: { id: string; name: string }[];
  /** The commitment as it is now (the form starts from it). */
  current: EditFormValues;
  /** The target's metric and unit, when it has a target (its value and date can change). */
  target: { metricLabel: string; unit: string } | null;
}

const target = (field: string): string =>
  field === 'targetDate'
    ? 'targetDate-day'
    : field === 'organisationIds'
      ? 'leadOrganisationId'
      : field;

/** Change a commitment: what, who, how often and the target's value and date. No JavaScript needed. */
export function EditCommitmentForm({
  action,
  organisations,
  current,
  target: goal,
}: EditCommitmentFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const v = state.values ?? current;
  const err = (field: string) =>
    state.errors.find(
      (e) => e.field === field || (field === 'leadOrganisationId' && e.field === 'organisationIds'),
    )?.message;
  const orgOptions = organisations.map((o) => ({ value: o.id, text: o.name }));
  return (
    <form action={formAction} noValidate>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errorSummaryItems(state.errors, target)} />
      <Textarea
        id="statement"
        label="What is committed to"
        labelSize="s"
        rows={4}
        error={err('statement')}
        defaultValue={v.statement}
      />
      <TextInput
        id="title"
        label="Short title (optional)"
        error={err('title')}
        defaultValue={v.title}
      />
      <Select
        id="leadOrganisationId"
        label="Lead organisation (owns the commitment)"
        options={[{ value: '', text: 'Choose an organisation' }, ...orgOptions]}
        error={err('leadOrganisationId')}
        defaultValue={v.organisationIds[0] ?? ''}
      />
      <Checkboxes
        name="partnerIds"
        id="partnerIds"
        legend="Partner organisations (optional, for a partnership)"
        legendSize="s"
        options={orgOptions}
        checked={v.organisationIds.slice(1)}
        small
      />
      <Radios
        name="cadence"
        id="cadence"
        legend="How often will progress be reported?"
        legendSize="s"
        options={Object.entries(CADENCE_LABELS).map(([value, text]) => ({ value, text }))}
        error={err('cadence')}
        checked={v.cadence}
      />
      {goal ? (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Target: {goal.metricLabel}
          </legend>
          <TextInput
            id="targetValue"
            label={`Target value${goal.unit ? ` (${goal.unit})` : ''}`}
            width={10}
            error={err('targetValue')}
            defaultValue={v.targetValue}
          />
          <DateInput
            id="targetDate"
            legend="Target date (when it is due)"
            hint="For example 31 3 2027"
            error={err('targetDate')}
            defaultValue={v.targetDate}
          />
        </fieldset>
      ) : null}
      <button type="submit" className="nhsuk-button">
        Save changes
      </button>
    </form>
  );
}
