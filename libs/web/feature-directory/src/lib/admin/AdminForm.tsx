'use client';

import {
  Checkboxes,
  ErrorSummary,
  Select,
  TextInput,
  Textarea,
  errorSummaryItems,
} from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import type { AdminField, AdminFormState } from './admin-form-state';

export interface AdminFormProps {
  /** Server action: redirects when it works; returns errors and the typed values otherwise. */
  action: (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  fields: ReadonlyArray<AdminField>;
  /** Values on first render (the saved record). */
  initialValues?: Record<string, string | string[]>;
  /** Sent with the form, e.g. the id being changed. */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Extra content before the button (e.g. a warning). */
  children?: ReactNode;
  testId?: string;
}

/** An admin form: NHS error summary, inline errors, values kept; works without JavaScript. */
export function AdminForm({
  action,
  fields,
  initialValues = {},
  hidden = {},
  submitLabel,
  children,
  testId,
}: AdminFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const values = state.values ?? initialValues;
  const errorFor = (name: string) => state.errors.find((e) => e.field === name)?.message;
  const one = (name: string): string => {
    const v = values[name];
    return Array.isArray(v) ? v.join(', ') : (v ?? '');
  };
  const many = (name: string): string[] => {
    const v = values[name];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const known = new Set(fields.map((f) => f.name));
  return (
    <form action={formAction} noValidate data-testid={testId}>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={errorSummaryItems(
          state.errors.map((e) => (e.field && known.has(e.field) ? e : { message: e.message })),
        )}
      />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const error = errorFor(field.name);
        // A text field's, text area's or select's id (also its name), label, hint, error and value.
        const input = {
          id: field.name,
          label: field.label,
          hint: field.hint,
          error,
          defaultValue: one(field.name),
        };
        switch (field.kind) {
          case 'textarea':
            return <Textarea key={field.name} {...input} rows={4} />;
          case 'select':
            return (
              <Select
                key={field.name}
                {...input}
                options={[{ value: '', text: 'Choose…' }, ...(field.options ?? [])]}
              />
            );
          case 'checkboxes':
            return (
              <Checkboxes
                key={field.name}
                name={field.name}
                legend={field.label}
                legendSize="s"
                hint={field.hint}
                error={error}
                options={field.options ?? []}
                checked={many(field.name)}
                small
              />
            );
          default:
            return <TextInput key={field.name} {...input} width={field.width} />;
        }
      })}
      {children}
      <button className="nhsuk-button" type="submit">
        {submitLabel}
      </button>
    </form>
  );
}
