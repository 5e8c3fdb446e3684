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
import type { ReactElement, ReactNode } from 'react';

import type { EditFormValues, FieldError } from '../utils/forms';
import { CADENCE_LABELS } from '../utils/rag';

/** Where the error summary links a commitment field's error: the date's day box, and the lead organisation for the organisation list. */
export const commitmentErrorTarget = (field: string): string =>
  field === 'targetDate'
    ? 'targetDate-day'
    : field === 'organisationIds'
      ? 'leadOrganisationId'
      : field;

/** A commitment field's error message; an error on the organisation list shows at the lead organisation. */
export const commitmentFieldError =
  (errors: FieldError[]) =>
  (field: string): string | undefined =>
    errors.find(
      (e) => e.field === field || (field === 'leadOrganisationId' && e.field === 'organisationIds'),
    )?.message;

export interface CommitmentFormProps {
  /** The form action from `useActionState`. */
  action: (formData: FormData) => void;
  state: { errors: FieldError[]; submittedAt?: number };
  submitText: string;
  children: ReactNode;
}

/** A commitment form: the error summary, the fields and the button. No JavaScript needed. */
export function CommitmentForm({
  action,
  state,
  submitText,
  children,
}: CommitmentFormProps): ReactElement {
  return (
    <form action={action} noValidate>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={errorSummaryItems(state.errors, commitmentErrorTarget)}
      />
      {children}
      <button type="submit" className="nhsuk-button">
        {submitText}
      </button>
    </form>
  );
}

export interface CommitmentPartiesFieldsProps {
  err: (field: string) => string | undefined;
  /** The values to show (as sent, or as saved); none for a new commitment. */
  values?: EditFormValues;
  statementLabel: string;
  leadLabel: string;
  /** The lead organisation chosen at first. */
  leadDefault: string;
  organisations: { id: string; name: string }[];
  /** Fields between the partners and the reporting cadence. */
  children?: ReactNode;
}

/** What is committed to, by whom (lead and partners) and how often progress is reported. */
export function CommitmentPartiesFields({
  err,
  values: v,
  statementLabel,
  leadLabel,
  leadDefault,
  organisations,
  children,
}: CommitmentPartiesFieldsProps): ReactElement {
  const orgOptions = organisations.map((o) => ({ value: o.id, text: o.name }));
  return (
    <>
      <Textarea
        id="statement"
        label={statementLabel}
        labelSize="s"
        rows={4}
        error={err('statement')}
        defaultValue={v?.statement}
      />
      <TextInput
        id="title"
        label="Short title (optional)"
        error={err('title')}
        defaultValue={v?.title}
      />
      <Select
        id="leadOrganisationId"
        label={leadLabel}
        options={[{ value: '', text: 'Choose an organisation' }, ...orgOptions]}
        error={err('leadOrganisationId')}
        defaultValue={leadDefault}
      />
      <Checkboxes
        name="partnerIds"
        id="partnerIds"
        legend="Partner organisations (optional, for a partnership)"
        legendSize="s"
        options={orgOptions}
        checked={v?.organisationIds.slice(1)}
        small
      />
      {children}
      <Radios
        name="cadence"
        id="cadence"
        legend="How often will progress be reported?"
        legendSize="s"
        options={Object.entries(CADENCE_LABELS).map(([value, text]) => ({ value, text }))}
        error={err('cadence')}
        checked={v?.cadence}
      />
    </>
  );
}

export interface CommitmentTargetFieldsProps {
  err: (field: string) => string | undefined;
  values?: EditFormValues;
  valueLabel: string;
  dateLegend: string;
}

/** The target's value and due date. */
export function CommitmentTargetFields({
  err,
  values: v,
  valueLabel,
  dateLegend,
}: CommitmentTargetFieldsProps): ReactElement {
  return (
    <>
      <TextInput
        id="targetValue"
        label={valueLabel}
        width={10}
        error={err('targetValue')}
        defaultValue={v?.targetValue}
      />
      <DateInput
        id="targetDate"
        legend={dateLegend}
        hint="For example 31 3 2027"
        error={err('targetDate')}
        defaultValue={v?.targetDate}
      />
    </>
  );
}
