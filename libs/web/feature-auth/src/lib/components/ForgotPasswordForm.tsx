'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { ForgotPasswordField } from '../utils/auth-schemas';
import type { FormState } from '../utils/form-state';
import { emptyFormState, summaryItems, textField } from '../utils/form-state';

export type ForgotPasswordFormState = FormState<ForgotPasswordField>;

export interface ForgotPasswordFormProps {
  /** Server action: asks the API to email a link, then redirects to the "check your email" page. */
  action: (state: ForgotPasswordFormState, formData: FormData) => Promise<ForgotPasswordFormState>;
}

/** "Forgotten your password?": asks for the email address. Works without JavaScript. */
export function ForgotPasswordForm({ action }: ForgotPasswordFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<ForgotPasswordField>());
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <h1 className="nhsuk-heading-xl">Reset your password</h1>
      <p>
        Enter the email address you use to sign in. If it belongs to an account, we will email you
        a link to choose a new password. The link works once and expires after 1 hour.
      </p>
      <form action={formAction} noValidate>
        <TextInput
          {...textField(state, 'email')}
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <Button>{pending ? 'Sending…' : 'Send reset link'}</Button>
      </form>
      <p>
        <a href="/sign-in">Back to sign in</a>
      </p>
    </>
  );
}
