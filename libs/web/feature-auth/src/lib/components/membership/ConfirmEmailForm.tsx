'use client';

import type { MembershipStatus } from '@mic/web-data-access';
import { Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

export type ConfirmEmailState =
  | { status: 'idle' }
  | { status: 'error'; message: string; submittedAt: number }
  | {
      status: 'confirmed';
      verified: boolean;
      organisationName: string | null;
      membershipStatus: MembershipStatus | null;
      signedIn: boolean;
    };

export interface ConfirmEmailFormProps {
  /** Server action: uses the token once (`confirmEmail`). */
  action: (state: ConfirmEmailState, formData: FormData) => Promise<ConfirmEmailState>;
  /** The token from the link (may be empty or malformed: the API decides). */
  token: string;
}

/**
 * "Confirm your email address": a button that POSTs the token. Opening the
 * link does nothing by itself, because mail scanners open links too.
 */
export function ConfirmEmailForm({ action, token }: ConfirmEmailFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, {
    status: 'idle',
  } as ConfirmEmailState);

  if (state.status === 'confirmed') return <Confirmed state={state} />;

  if (state.status === 'error') {
    return (
      <>
        <ErrorSummary key={state.submittedAt} errors={[{ message: state.message }]} />
        <h1 className="nhsuk-heading-xl">We could not confirm your email address</h1>
        <p>{state.message}</p>
        <h2 className="nhsuk-heading-m">Get a new link</h2>
        <p>
          Sign in and go to <a href="/account/membership">Your membership</a>, then choose “Resend
          confirmation email”. Each link works once and lasts 24 hours.
        </p>
        <p>If you have already confirmed your address, there is nothing more to do.</p>
      </>
    );
  }

  return (
    <>
      <h1 className="nhsuk-heading-xl">Confirm your email address</h1>
      <p>
        Confirming shows that this mailbox is yours. If it is on your organisation’s email domain,
        it also verifies your membership, so you can edit your organisation’s content.
      </p>
      <form action={formAction}>
        <input type="hidden" name="token" value={token} />
        <Button>{pending ? 'Confirming…' : 'Confirm my email address'}</Button>
      </form>
    </>
  );
}

function Confirmed({
  state,
}: {
  state: Extract<ConfirmEmailState, { status: 'confirmed' }>;
}): ReactElement {
  const next = state.signedIn ? (
    <p>
      <a href="/account">Go to my account</a>
    </p>
  ) : (
    <p>
      <a href="/sign-in?returnTo=%2Faccount%2Fmembership">Sign in</a> to see your membership.
    </p>
  );
  return (
    <>
      <div className="nhsuk-panel" role="status" data-testid="email-confirmed">
        <h1 className="nhsuk-panel__title">Email address confirmed</h1>
        <div className="nhsuk-panel__body">
          {state.verified && state.organisationName
            ? `You are a verified member of ${state.organisationName}`
            : 'Thank you for confirming your address'}
        </div>
      </div>
      {state.verified ? (
        <p>
          You can now write and edit your organisation’s case studies and adoptions, and act for it
          on the Commons.
        </p>
      ) : state.organisationName && state.membershipStatus === 'REQUESTED' ? (
        <>
          <p>
            Your membership of {state.organisationName} is still waiting for verification, because
            your email address is not on a domain the organisation owns.
          </p>
          <p>
            Ask a colleague who is already a verified member to vouch for you: they will find you
            under “People waiting to join” when they sign in. An admin for your integrated care
            system can also approve you.
          </p>
        </>
      ) : (
        <p>
          You have not chosen an organisation yet, or your request was declined.{' '}
          {state.signedIn ? <a href="/account/membership">Choose your organisation</a> : null}
        </p>
      )}
      {next}
    </>
  );
}
