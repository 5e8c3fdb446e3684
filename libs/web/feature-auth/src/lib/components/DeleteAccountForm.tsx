'use client';

import { Button, Checkboxes, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../utils/form-state';

export type DeleteAccountField = 'password' | 'confirm';
export type DeleteAccountFormState = FormState<DeleteAccountField>;

export interface DeleteAccountFormProps {
  /** Server action: schedules the deletion, signs out and redirects; returns errors otherwise. */
  action: (state: DeleteAccountFormState, formData: FormData) => Promise<DeleteAccountFormState>;
  /** Days before the account is anonymised (from config). */
  graceDays: number;
}

/** "Delete my account": password and a confirmation box. Works without JavaScript. */
export function DeleteAccountForm({ action, graceDays }: DeleteAccountFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(
    action,
    emptyFormState<DeleteAccountField>(),
    '/account/privacy#delete',
  );
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <form action={formAction} noValidate>
        <TextInput
          id="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          hint="To check it is you."
          error={fieldError(state, 'password')}
        />
        <Checkboxes
          name="confirm"
          legend="Confirm"
          legendSize="s"
          error={fieldError(state, 'confirm')}
          options={[
            {
              value: 'yes',
              text: `I understand my account will be anonymised in ${graceDays} days unless I sign in and cancel`,
            },
          ]}
        />
        <Button variant="warning">
          {pending ? 'Deleting…' : 'Delete my account'}
        </Button>
      </form>
    </>
  );
}
