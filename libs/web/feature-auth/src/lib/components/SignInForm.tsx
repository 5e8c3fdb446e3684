'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { SignInField } from '../utils/auth-schemas';
import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../utils/form-state';

export type SignInFormState = FormState<SignInField>;

export interface SignInFormProps {
  /** Server action: signs in, sets the session cookie and redirects; returns errors otherwise. */
  action: (state: SignInFormState, formData: FormData) => Promise<SignInFormState>;
  /** Same-site path to return to after signing in. */
  returnTo: string;
}

/**
 * Sign-in form. Works without JavaScript: `useActionState` with a server
 * action posts the form natively and the page re-renders with the errors.
 */
export function SignInForm({ action, returnTo }: SignInFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<SignInField>());
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <h1 className="nhsuk-heading-xl">Sign in</h1>
      <form action={formAction} noValidate>
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values.email}
          error={fieldError(state, 'email')}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={fieldError(state, 'password')}
        />
        <Button>{pending ? 'Signing in…' : 'Sign in'}</Button>
      </form>
      <p>
        <a href="/forgot-password">Forgotten your password?</a>
      </p>
      <p>
        New to Midlands Improvement Commons? <a href="/sign-up">Create an account</a>
      </p>
    </>
  );
}
