'use client';

import { Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { emptyFormState, summaryItems } from '../../utils/form-state';
import type { ActionState } from '../../utils/membership-schemas';
import { SuccessBanner } from './SuccessBanner';

export interface ResendConfirmationFormProps {
  /** Server action: `resendEmailConfirmation`. */
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}

/** "Resend confirmation email" (works without JavaScript). */
export function ResendConfirmationForm({ action }: ResendConfirmationFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(
    action,
    emptyFormState<string>() as ActionState,
  );
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      {state.success ? <SuccessBanner>{state.success}</SuccessBanner> : null}
      <form action={formAction}>
        <Button variant="secondary">{pending ? 'Sending…' : 'Resend confirmation email'}</Button>
      </form>
    </>
  );
}
