'use client';

import {
  BackLink,
  Button,
  ErrorSummary,
  errorSummaryItems,
  Radios,
  Textarea,
  TextInput,
} from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { MetricField, MetricFormState } from '../utils/metric-form';
import { METRIC_DIRECTION_LABELS, emptyMetricFormState } from '../utils/metric-form';

export interface MetricFormProps {
  /** Server action: saves the metric and redirects to the dictionary; returns errors otherwise. */
  action: (state: MetricFormState, formData: FormData) => Promise<MetricFormState>;
  /** 'change' shows the key as fixed text (keys never change). */
  mode: 'add' | 'change';
  /** The metric being changed (its current values). */
  initial?: Partial<Record<MetricField, string>>;
}

/** Add or change a metric dictionary entry (regional admins; works without JavaScript). */
export function MetricForm({ action, mode, initial = {} }: MetricFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyMetricFormState());
  const values = state.submittedAt ? { ...initial, ...state.values } : initial;
  const error = (field: MetricField): string | undefined =>
    state.errors.find((e) => e.field === field)?.message;
  // A text field's id (also its name), value and error.
  const field = (name: MetricField) => ({
    id: name,
    defaultValue: values[name],
    error: error(name),
  });
  const heading = mode === 'add' ? 'Add a metric' : `Change ${initial.label ?? 'a metric'}`;
  return (
    <>
      <BackLink href="/metrics">Metric dictionary</BackLink>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errorSummaryItems(state.errors)} />
      <h1 className="nhsuk-heading-xl">{heading}</h1>
      <form action={formAction} noValidate>
        {mode === 'add' ? (
          <TextInput
            {...field('key')}
            label="Key (optional)"
            hint="Capital letters, digits and underscores, used by the API and in reports, like CARERS_SUPPORTED. Leave blank to make one from the label. It cannot be changed later."
            spellCheck={false}
            width={30}
          />
        ) : (
          <>
            <input type="hidden" name="key" value={initial.key ?? ''} />
            <p>
              Key: <strong>{initial.key}</strong> (keys cannot be changed)
            </p>
          </>
        )}
        <TextInput
          {...field('label')}
          label="Label"
          hint="What readers see, like Carers supported."
        />
        <TextInput
          {...field('unit')}
          label="Unit"
          hint="Like people, GBP, percent or tCO2e."
          spellCheck={false}
          width={20}
        />
        <Textarea
          {...field('definition')}
          label="Definition"
          hint="What is counted, and how, so that every ICS reports it the same way."
          rows={4}
        />
        <Radios
          name="direction"
          legend="Which is better?"
          hint="Used to read trends and comparisons."
          options={[
            { value: 'HIGHER_IS_BETTER', text: METRIC_DIRECTION_LABELS.HIGHER_IS_BETTER },
            { value: 'LOWER_IS_BETTER', text: METRIC_DIRECTION_LABELS.LOWER_IS_BETTER },
          ]}
          checked={values.direction}
          error={error('direction')}
        />
        <Radios
          name="perPopulation"
          legend="Compare per 100,000 residents?"
          hint="Yes for counts (people, pounds, tonnes), so ICSs of different sizes compare fairly. No for shares and rates."
          options={[
            { value: 'yes', text: 'Yes, it is a count' },
            { value: 'no', text: 'No, it is a share or rate' },
          ]}
          checked={values.perPopulation}
          error={error('perPopulation')}
        />
        <Button>{pending ? 'Saving…' : mode === 'add' ? 'Add metric' : 'Save changes'}</Button>
      </form>
    </>
  );
}
