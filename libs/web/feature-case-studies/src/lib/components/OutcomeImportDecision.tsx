'use client';

import { Button, ErrorSummary } from '@mic/web-ui';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { ReactElement } from 'react';

export interface OutcomeImportActionState {
  error?: string;
}

export interface OutcomeImportDecisionProps {
  /** Rows that will be saved. */
  validRowCount: number;
  errorRowCount: number;
  confirm: (state: OutcomeImportActionState) => Promise<OutcomeImportActionState>;
  cancel: (state: OutcomeImportActionState) => Promise<OutcomeImportActionState>;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Save the checked figures, or discard the import (plain form posts: no JavaScript needed). */
export function OutcomeImportDecision({
  validRowCount,
  errorRowCount,
  confirm,
  cancel,
}: OutcomeImportDecisionProps): ReactElement {
  const [confirmState, confirmAction, saving] = useActionState(confirm, {});
  const [cancelState, cancelAction, cancelling] = useActionState(cancel, {});
  const error = confirmState.error ?? cancelState.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ message: error, href: '#import-decision' }] : []} />
      <div id="import-decision" className="nhsuk-button-group">
        {validRowCount > 0 ? (
          <form action={confirmAction}>
            <Button>
              {saving
                ? 'Saving…'
                : `Save ${plural(validRowCount, 'figure', 'figures')}${
                    errorRowCount ? ` and skip ${plural(errorRowCount, 'row', 'rows')} with errors` : ''
                  }`}
            </Button>
          </form>
        ) : null}
        <form action={cancelAction}>
          <Button variant="secondary">{cancelling ? 'Cancelling…' : 'Cancel this import'}</Button>
        </form>
      </div>
    </>
  );
}

/**
 * While rows are being checked: with JavaScript the page refreshes itself
 * every two seconds; without it, the "Check progress" link does the same.
 */
export function OutcomeImportAutoRefresh({ seconds = 2 }: { seconds?: number }): null {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
