'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { SignInField } from '../utils/auth-schemas';
import { ssoStartHref } from '../utils/auth-schemas';
import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems, textField } from '../utils/form-state';

/**
 * `email`: only the address is asked for. `password`: the address has no
 * organisation sign-in (or the person chose their password). `sso`: the
 * address's domain has a connection; `ssoName` is its display name.
 */
export type SignInStep = 'email' | 'password' | 'sso';

export type SignInFormState = FormState<SignInField> & {
  step?: SignInStep;
  ssoName?: string;
  /** The person chose their password although their domain has organisation sign-in. */
  usePassword?: boolean;
};

export interface SignInFormProps {
  /** Server action: decides the next step from the email, or signs in and redirects; returns errors otherwise. */
  action: (state: SignInFormState, formData: FormData) => Promise<SignInFormState>;
  /** Same-site path to return to after signing in. */
  returnTo: string;
  /** A failed organisation sign-in, shown above the form. */
  ssoError?: string;
}

/**
 * Sign-in: the email address first; then either "Continue with <organisation>"
 * (organisation sign-in, docs/adr/0010) or the password. Works without
 * JavaScript: `useActionState` with a server action posts the form natively
 * and the page re-renders with the next step or the errors.
 */
export function SignInForm({ action, returnTo, ssoError }: SignInFormProps): ReactElement {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(action, emptyFormState<SignInField>());
  const step = state.step ?? 'email';
  const errors = ssoError && !state.submittedAt ? [{ message: ssoError }] : summaryItems(state);
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errors} />
      <h1 className="nhsuk-heading-xl">Sign in</h1>
      {step === 'sso' ? (
        <>
          <p>
            People at <strong>{state.values.email?.split('@')[1]}</strong> sign in with {state.ssoName}.
          </p>
          <Button href={ssoStartHref(state.values.email ?? '', returnTo)}>Continue with {state.ssoName}</Button>
          <form action={formAction} noValidate>
            <input type="hidden" name="returnTo" value={returnTo} />
            <input type="hidden" name="email" value={state.values.email ?? ''} />
            <input type="hidden" name="usePassword" value="1" />
            <Button variant="secondary">Sign in with a password instead</Button>
          </form>
          <p>
            <a href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>Use a different email address</a>
          </p>
        </>
      ) : (
        <form action={formAction} noValidate>
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="step" value={step} />
          {state.usePassword ? <input type="hidden" name="usePassword" value="1" /> : null}
          <TextInput
            {...textField(state, 'email')}
            label="Email address"
            type="email"
            autoComplete={step === 'email' ? 'email' : 'username'}
            spellCheck={false}
          />
          {step === 'password' ? (
            <>
              <TextInput
                id="password"
                label="Password"
                type="password"
                autoComplete="current-password"
                error={fieldError(state, 'password')}
              />
              <Button>{pending ? 'Signing in…' : 'Sign in'}</Button>
            </>
          ) : (
            <Button>{pending ? 'Checking…' : 'Continue'}</Button>
          )}
        </form>
      )}
      <p>
        <a href="/forgot-password">Forgotten your password?</a>
      </p>
      <p>
        New to Midlands Improvement Commons? <a href="/sign-up">Create an account</a>
      </p>
    </>
  );
}
