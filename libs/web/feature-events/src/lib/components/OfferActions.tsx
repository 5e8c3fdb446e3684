'use client';

import { Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { ConfirmState } from './ConfirmPage';

export interface OfferActionsProps {
  /** Server action (field `decision` = accept | decline): redirects when done, or returns what went wrong (e.g. the offer expired). */
  action: (state: ConfirmState, formData: FormData) => Promise<ConfirmState>;
}

/** Accept or decline an offered place; a problem (an expired offer) is shown here, never put in the URL. */
export function OfferActions({ action }: OfferActionsProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] } as ConfirmState);
  return (
    <>
      <ErrorSummary key={`summary-${state.submittedAt ?? 0}`} errors={state.errors} />
      <form action={formAction}>
        <div className="nhsuk-button-group">
          <Button name="decision" value="accept">
            Accept the place
          </Button>
          <Button variant="secondary" name="decision" value="decline">
            Decline the place
          </Button>
        </div>
      </form>
    </>
  );
}
