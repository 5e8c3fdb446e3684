import { ActionForm } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement } from 'react';

const NO_ERRORS: ActionFormState = { errors: [] };

export interface ThreadControlsProps {
  threadId: string;
  pinned: boolean;
  locked: boolean;
  /** Server action (fields threadId, field = pinned|locked, value = true|false); redirects back when done. */
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
}

/** Pin/unpin and lock/unlock for moderators and the subject's owners (shown only to them). */
export function ThreadControls({
  threadId,
  pinned,
  locked,
  action,
}: ThreadControlsProps): ReactElement {
  const button = (field: 'pinned' | 'locked', on: boolean, label: string) => (
    <ActionForm action={action} initialState={NO_ERRORS} className="mic-inline-form">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="field" value={field} />
      <input type="hidden" name="value" value={on ? 'true' : 'false'} />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
        {label}
      </button>
    </ActionForm>
  );
  return (
    <section className="mic-thread-controls" aria-labelledby="thread-controls-heading">
      <h2 className="nhsuk-heading-s" id="thread-controls-heading">
        Manage this discussion
      </h2>
      <div className="mic-comment__actions">
        {button('pinned', !pinned, pinned ? 'Unpin thread' : 'Pin thread')}
        {button('locked', !locked, locked ? 'Unlock thread' : 'Lock thread')}
      </div>
    </section>
  );
}
