'use client';

import { Checkboxes, Select, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { CreateFormState } from '../utils/forms';
import {
  CommitmentForm,
  CommitmentPartiesFields,
  CommitmentTargetFields,
  commitmentFieldError,
} from './CommitmentFields';

export interface CreateCommitmentFormProps {
  action: (state: CreateFormState, formData: FormData) => Promise<CreateFormState>;
  organisations: { id: string; name: string }[];
  themes: { key: string; label: string }[];
  metrics: { key: string; label: string; unit: string }[];
  /** The viewer's own organisation, chosen as lead by default. */
  defaultOrganisationId: string | null;
}

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
  const err = commitmentFieldError(state.errors);
  return (
    <CommitmentForm action={formAction} state={state} submitText="Make the commitment">
      <CommitmentPartiesFields
        err={err}
        values={v}
        statementLabel="What is your organisation committing to?"
        leadLabel="Lead organisation"
        leadDefault={v ? (v.organisationIds[0] ?? '') : (defaultOrganisationId ?? '')}
        organisations={organisations}
      >
        <Checkboxes
          name="themeKeys"
          id="themeKeys"
          legend="Themes"
          legendSize="s"
          options={themes.map((t) => ({ value: t.key, text: t.label }))}
          error={err('themeKeys')}
          checked={v?.themeKeys}
        />
      </CommitmentPartiesFields>
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
        <CommitmentTargetFields
          err={err}
          values={v}
          valueLabel="Target value"
          dateLegend="Target date"
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
    </CommitmentForm>
  );
}
