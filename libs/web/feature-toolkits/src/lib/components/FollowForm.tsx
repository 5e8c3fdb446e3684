import { ActionForm } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface FollowFormProps {
  /** Server action: follows (or mutes) and comes back; returns the error otherwise. */
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  targetType: string;
  targetId: string;
  /** Current level, or null when not following. */
  level: string | null;
  returnTo: string;
  name: string;
}

/** Follow / unfollow (mute) as a single POST button. */
export function FollowForm({
  action,
  targetType,
  targetId,
  level,
  returnTo,
  name,
}: FollowFormProps): ReactElement {
  const following = level === 'WATCHING' || level === 'NORMAL';
  return (
    <ActionForm action={action} initialState={{ errors: [] }} className="nhsuk-u-margin-bottom-4">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="level" value={following ? 'MUTED' : 'WATCHING'} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        {following ? 'Stop following' : 'Follow'}
        <span className="nhsuk-u-visually-hidden"> {name}</span>
      </button>
      {following ? (
        <p className="nhsuk-body-s">
          You are following this and will hear about new versions and discussions.
        </p>
      ) : null}
    </ActionForm>
  );
}
