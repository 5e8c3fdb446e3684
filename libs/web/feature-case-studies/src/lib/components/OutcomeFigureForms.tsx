'use client';

import { Button, DateInput, ErrorSummary, Radios, Select, Textarea, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type {
  OutcomeFigureError,
  OutcomeFigureField,
  OutcomeFigureFormState,
} from '../utils/outcome-figures';
import {
  COVERAGE_TEXT,
  QUALIFIER_OPTIONS,
  emptyOutcomeFigureState,
} from '../utils/outcome-figures';

type FigureAction = (
  state: OutcomeFigureFormState,
  formData: FormData,
) => Promise<OutcomeFigureFormState>;

const errorFor = (errors: OutcomeFigureError[], field: OutcomeFigureField) =>
  errors.find((e) => e.field === field);

export interface OutcomeFigureFormProps {
  action: FigureAction;
  /** Offered in the metric select (add); omitted when correcting (the metric stays). */
  metrics?: ReadonlyArray<{ key: string; label: string; unit: string }>;
  /** The values to start from (a figure being corrected). */
  initial?: Record<string, string>;
  submitText: string;
  /** Ask why (corrections). */
  withReason?: boolean;
  heading?: string;
}

/**
 * The outcome figure form (add or correct). Works without JavaScript: the
 * server action checks it and returns errors with what was typed.
 */
export function OutcomeFigureForm({
  action,
  metrics,
  initial,
  submitText,
  withReason,
  heading,
}: OutcomeFigureFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyOutcomeFigureState());
  const v = state.submittedAt ? state.values : (initial ?? {});
  const errs = state.errors;
  // A text field's id (also its name), value and error.
  const field = (name: OutcomeFigureField) => ({
    id: name,
    defaultValue: v[name],
    error: errorFor(errs, name)?.message,
  });
  const dateValue = (id: string) => ({
    day: v[`${id}-day`],
    month: v[`${id}-month`],
    year: v[`${id}-year`],
  });
  const dateInput = (id: 'periodStart' | 'periodEnd' | 'pointOn' | 'runningTo', legend: string) => {
    const e = errorFor(errs, id);
    return (
      <DateInput
        id={id}
        legend={legend}
        hint="For example, 31 3 2025"
        defaultValue={dateValue(id)}
        error={e?.message}
        errorParts={e?.parts}
      />
    );
  };
  return (
    <form
      action={formAction}
      key={state.submittedAt ?? 0}
      noValidate
      data-testid="outcome-figure-form"
    >
      <ErrorSummary
        errors={errs.map((e) => ({ fieldId: e.fieldId ?? e.field, message: e.message }))}
      />
      {heading ? <h2 className="nhsuk-heading-m">{heading}</h2> : null}
      {metrics ? (
        <Select
          id="metricKey"
          label="Metric"
          hint="From the regional metric dictionary, so figures compare across the region."
          options={[
            { value: '', text: 'Choose a metric' },
            ...metrics.map((m) => ({ value: m.key, text: `${m.label} (${m.unit})` })),
          ]}
          defaultValue={v.metricKey ?? ''}
          error={errorFor(errs, 'metricKey')?.message}
        />
      ) : null}
      <TextInput
        {...field('value')}
        label="Figure"
        hint="A number, like 12, 1,200 or 4.5."
        width={10}
      />
      <Select
        id="qualifier"
        label="Qualifier (optional)"
        hint="As the source words it, for example “more than 150”."
        options={QUALIFIER_OPTIONS.map((q) => ({ value: q, text: q || '(none)' }))}
        defaultValue={v.qualifier ?? ''}
        error={errorFor(errs, 'qualifier')?.message}
      />
      <Radios
        name="coverage"
        legend="What does the figure cover?"
        checked={v.coverage}
        error={errorFor(errs, 'coverage')?.message}
        options={[
          {
            value: 'PERIOD',
            text: COVERAGE_TEXT.PERIOD,
            conditional: (
              <>
                {dateInput('periodStart', 'Start date')}
                {dateInput('periodEnd', 'End date')}
              </>
            ),
          },
          {
            value: 'POINT',
            text: COVERAGE_TEXT.POINT,
            conditional: dateInput('pointOn', 'Date the figure applies to'),
          },
          {
            value: 'RUNNING',
            text: COVERAGE_TEXT.RUNNING,
            hint: 'Since the practice began. Running totals are never added to figures for a period.',
            conditional: dateInput('runningTo', 'Date the total runs to'),
          },
        ]}
      />
      <TextInput
        {...field('baseline')}
        label="Baseline (optional)"
        hint="The figure before the practice started, if known."
        width={10}
      />
      <TextInput
        {...field('sourceTitle')}
        label="Source title"
        hint="The document the figure comes from. Give a title, a link or both."
      />
      <TextInput
        {...field('sourceUrl')}
        label="Source link (optional if you gave a title)"
        spellCheck={false}
      />
      <Textarea {...field('note')} label="Note (optional)" rows={3} />
      {withReason ? (
        <Textarea {...field('reason')} label="Why are you correcting it? (optional)" rows={2} />
      ) : null}
      <Button>{pending ? 'Saving…' : submitText}</Button>
    </form>
  );
}

export interface RemoveOutcomeFigureFormProps {
  action: FigureAction;
}

/** Asks why the figure is removed (required); the figure stays visible as removed. */
export function RemoveOutcomeFigureForm({ action }: RemoveOutcomeFigureFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyOutcomeFigureState());
  const error = errorFor(state.errors, 'reason')?.message;
  return (
    <form action={formAction} key={state.submittedAt ?? 0} noValidate>
      <ErrorSummary
        errors={state.errors.map((e) => ({
          fieldId: e.field ? 'reason' : undefined,
          message: e.message,
        }))}
      />
      <Textarea
        id="reason"
        label="Why are you removing this figure?"
        hint="For example, it was counted twice. Up to 500 characters. The figure stays visible as removed, with your reason."
        rows={3}
        defaultValue={state.values.reason}
        error={error}
      />
      <Button variant="warning">{pending ? 'Removing…' : 'Remove figure'}</Button>
    </form>
  );
}
