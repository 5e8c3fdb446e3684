'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../utils/form-state';

export type LinkAccountField = 'password';
export type LinkAccountFormState = FormState<LinkAccountField>;
/** The "email me a link instead" form: `sent` once the link is on its way. */
export type LinkEmailState = FormState<never> & { sent?: boolean };

export interface LinkAccountFormProps {
  /** Server action: proves the password, links the organisation sign-in and redirects; returns errors otherwise. */
  action: (state: LinkAccountFormState, formData: FormData) => Promise<LinkAccountFormState>;
  /** Server action: emails a single-use link to the account's address instead (issue #15). */
  emailAction: (state: LinkEmailState, formData: FormData) => Promise<LinkEmailState>;
  /** The connection's display name, e.g. "NHSmail". */
  connectionName: string;
}

/**
 * An organisation sign-in whose address already has an account here: nothing
 * is linked, and no one is signed in, until the account's password is given
 * or a link emailed to the account's address is followed in this browser.
 */
export function LinkAccountForm({
  action,
  emailAction,
  connectionName,
}: LinkAccountFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<LinkAccountField>());
  const [emailState, emailFormAction, emailPending] = useActionState(
    emailAction,
    emptyFormState<never>() as LinkEmailState,
  );
  const emailLatest = (emailState.submittedAt ?? 0) > (state.submittedAt ?? 0);
  const errors = emailLatest ? summaryItems<never>(emailState) : summaryItems(state);
  return (
    <>
      <ErrorSummary
        key={(emailLatest ? emailState.submittedAt : state.submittedAt) ?? 0}
        errors={errors}
      />
      <h1 className="nhsuk-heading-xl">You already have an account</h1>
      <p>
        {connectionName} confirmed your email address, and an account with that address already
        exists here. Enter its password to link {connectionName} to it. After that you can sign in
        with {connectionName}.
      </p>
      <form action={formAction} noValidate>
        <TextInput
          id="password"
          label="Password for your existing account"
          type="password"
          autoComplete="current-password"
          error={fieldError(state, 'password')}
        />
        <Button>{pending ? 'Linking…' : 'Link and sign in'}</Button>
      </form>
      <p>
        <a href="/forgot-password">Forgotten your password?</a>
      </p>
      <h2 className="nhsuk-heading-m">Or confirm by email</h2>
      {emailState.sent ? (
        <div className="nhsuk-inset-text" data-testid="link-emailed" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Check your email. We sent a link to your account’s email address. Open it in this
            browser within 30 minutes to link {connectionName} and sign in.
          </p>
        </div>
      ) : (
        <>
          <p>
            We can email a link to your account’s email address instead. Open it in this browser
            within 30 minutes.
          </p>
          <form action={emailFormAction} noValidate>
            <Button variant="secondary">
              {emailPending ? 'Sending…' : 'Email me a link instead'}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
