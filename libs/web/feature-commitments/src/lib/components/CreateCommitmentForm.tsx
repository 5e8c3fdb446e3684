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

import type { CreateFormState } from '../utils/forms';
import { CADENCE_LABELS } from '../utils/rag';

export interface CreateCommitmentFormProps {
  action: (state: CreateFormState, formData: FormData) => Promise<CreateFormState>;
  organisations: { id: string; name: string }[];
  themes: { key: string; label: string }[];
  metrics: { key: string; label: string; unit: string }[];
  /** The viewer's own organisation, chosen as lead by default. */
  defaultOrganisationId: string | null;
}

const target = (field: string): string =>
  field === 'targetDate'
    ? 'targetDate-day'
    : field === 'organisationIds'
      ? 'leadOrganisationId'
      : field;

/** Make a commitment. No JavaScript needed. */
export function CreateCommitmentForm({
  action,
  organisations,
  themes,
  metrics,
  defaultOrganisationId,
}: CreateCommitmentFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const v = state.values;
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
        label="What is your organisation committing to?"
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
        label="Lead organisation"
        options={[{ value: '', text: 'Choose an organisation' }, ...orgOptions]}
        error={err('leadOrganisationId')}
        defaultValue={v ? (v.organisationIds[0] ?? '') : (defaultOrganisationId ?? '')}
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
      <Checkboxes
        name="themeKeys"
        id="themeKeys"
        legend="Themes"
        legendSize="s"
        options={themes.map((t) => ({ value: t.key, text: t.label }))}
        error={err('themeKeys')}
        checked={v?.themeKeys}
      />
      <Radios
        name="cadence"
        id="cadence"
        legend="How often will progress be reported?"
        legendSize="s"
        options={Object.entries(CADENCE_LABELS).map(([value, text]) => ({ value, text }))}
        error={err('cadence')}
        checked={v?.cadence}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Measurable target (optional)
        </legend>
        <Select
          id="metricKey"
          label="Measure"
          options={[
            { value: '', text: 'No target' },
            ...metrics.map((m) => ({ value: m.key, text: `${m.label} (${m.unit})` })),
          ]}
          error={err('metricKey')}
          defaultValue={v?.metricKey ?? ''}
        />
        <TextInput
          id="targetValue"
          label="Target value"
          width={10}
          error={err('targetValue')}
          defaultValue={v?.targetValue}
        />
        <DateInput
          id="targetDate"
          legend="Target date"
          hint="For example 31 3 2027"
          error={err('targetDate')}
          defaultValue={v?.targetDate}
        />
      </fieldset>
      <TextInput
        id="sourceTitle"
        label="Where the commitment was published (optional)"
        error={err('sourceTitle')}
        defaultValue={v?.sourceTitle}
      />
      <TextInput
        id="sourceUrl"
        label="Link to it (optional)"
        hint="Starting with https://"
        spellCheck={false}
        error={err('sourceUrl')}
        defaultValue={v?.sourceUrl}
      />
      <button type="submit" className="nhsuk-button">
        Make the commitment
      </button>
    </form>
  );
}
