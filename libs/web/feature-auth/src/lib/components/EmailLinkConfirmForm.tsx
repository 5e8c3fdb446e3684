'use client';

import { Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { FormState } from '../utils/form-state';
import { emptyFormState, summaryItems } from '../utils/form-state';

export type EmailLinkConfirmState = FormState<never>;

export interface EmailLinkConfirmFormProps {
  /** Server action: links the organisation sign-in with the emailed token and this browser's pending link, then redirects. */
  action: (state: EmailLinkConfirmState, formData: FormData) => Promise<EmailLinkConfirmState>;
  /** The token from the emailed link. */
  token: string;
}

/**
 * The page the emailed link opens. Nothing happens on opening it (mail
 * scanners open links too): the person presses the button, in the browser
 * that signed in with their organisation.
 */
export function EmailLinkConfirmForm({ action, token }: EmailLinkConfirmFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<never>());
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <h1 className="nhsuk-heading-xl">Link your organisation sign-in</h1>
      <p>
        You followed the link we emailed to your account’s address. Link your organisation sign-in
        to your account and sign in.
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="token" value={token} />
        <Button>{pending ? 'Linking…' : 'Link and sign in'}</Button>
      </form>
      {state.errors.length ? (
        <p>
          <a href="/sign-in">Sign in with your organisation again</a>
        </p>
      ) : null}
    </>
  );
}
