'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { ResetPasswordField } from '../utils/auth-schemas';
import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../utils/form-state';
import { PASSWORD_MIN_LENGTH } from '../utils/password-rules';

export type ResetPasswordFormState = FormState<ResetPasswordField>;

export interface ResetPasswordFormProps {
  /** Server action: sets the password, signs in and redirects; returns errors otherwise. */
  action: (state: ResetPasswordFormState, formData: FormData) => Promise<ResetPasswordFormState>;
  /** The token from the emailed link. */
  token: string;
}

/** Choose a new password from an emailed link. Works without JavaScript. */
export function ResetPasswordForm({ action, token }: ResetPasswordFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<ResetPasswordField>());
  const tokenError = fieldError(state, 'token');
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <h1 className="nhsuk-heading-xl">Choose a new password</h1>
      {tokenError ? (
        <p>
          <a href="/forgot-password">Ask for a new reset link</a>
        </p>
      ) : null}
      <form action={formAction} noValidate>
        <input type="hidden" name="token" value={token} />
        <TextInput
          id="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well. Setting it signs you out everywhere else.`}
          error={fieldError(state, 'newPassword')}
        />
        <Button>{pending ? 'Saving…' : 'Save password and sign in'}</Button>
      </form>
    </>
  );
}
