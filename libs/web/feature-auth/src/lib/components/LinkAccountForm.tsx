'use client';

import { Button, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { FormState } from '../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../utils/form-state';

export type LinkAccountField = 'password';
export type LinkAccountFormState = FormState<LinkAccountField>;

export interface LinkAccountFormProps {
  /** Server action: proves the password, links the organisation sign-in and redirects; returns errors otherwise. */
  action: (state: LinkAccountFormState, formData: FormData) => Promise<LinkAccountFormState>;
  /** The connection's display name, e.g. "NHSmail". */
  connectionName: string;
}

/**
 * An organisation sign-in whose address already has an account here: nothing
 * is linked, and no one is signed in, until the account's password is given.
 */
export function LinkAccountForm({ action, connectionName }: LinkAccountFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<LinkAccountField>());
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
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
    </>
  );
}
