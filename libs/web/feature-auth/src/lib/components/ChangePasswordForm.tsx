'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { ChangePasswordField } from '../utils/auth-schemas';
import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../utils/form-state';
import { PASSWORD_MIN_LENGTH } from '../utils/password-rules';

export type ChangePasswordFormState = FormState<ChangePasswordField>;

export interface ChangePasswordFormProps {
  /** Server action: changes the password and redirects; returns errors otherwise. */
  action: (state: ChangePasswordFormState, formData: FormData) => Promise<ChangePasswordFormState>;
}

/** Change password (signed in). Works without JavaScript. */
export function ChangePasswordForm({ action }: ChangePasswordFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<ChangePasswordField>());
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <h1 className="nhsuk-heading-xl">Change your password</h1>
      <p>Changing your password signs you out on every other device and browser.</p>
      <form action={formAction} noValidate>
        <TextInput
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={fieldError(state, 'currentPassword')}
        />
        <TextInput
          id="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`}
          error={fieldError(state, 'newPassword')}
        />
        <Button>{pending ? 'Saving…' : 'Change password'}</Button>
      </form>
      <p>
        <a href="/account">Back to my account</a>
      </p>
    </>
  );
}
