import type { FollowLevel, FollowTargetType } from '@mic/web-data-access';
import { ActionForm, Radios } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { FOLLOW_LEVELS, levelText, NOT_FOLLOWING } from './follow-levels';

export interface FollowControlProps {
  /** Server action: follows at the chosen level (or stops) and comes back; returns the error otherwise. */
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  targetType: FollowTargetType;
  targetId: string;
  /** What is followed, e.g. "Black Country ICS" (in the legend). */
  name: string;
  /** Current level, or null when not following. */
  level: FollowLevel | null;
  /** This page's path, to come back to. */
  returnTo: string;
  /** Signed out: a "Sign in to follow" link instead of the form. */
  signedIn: boolean;
}

/**
 * Follow something at a level (watching, normal, muted) or stop following:
 * NHS radios and a button in a plain POST form (no JavaScript needed),
 * showing the current level. A block of its own, for any page with a subject.
 */
export function FollowControl({
  action,
  targetType,
  targetId,
  name,
  level,
  returnTo,
  signedIn,
}: FollowControlProps): ReactElement {
  const id = `follow-${targetType.toLowerCase()}`;
  if (!signedIn) {
    return (
      <div className="nhsuk-inset-text nhsuk-u-margin-top-2" data-testid="follow-control">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <a href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>Sign in to follow</a>{' '}
          {name} and see what is new in your home feed.
        </p>
      </div>
    );
  }
  return (
    <div className="nhsuk-u-margin-bottom-5" data-testid="follow-control">
      <ActionForm action={action} initialState={{ errors: [] }}>
        <input type="hidden" name="targetType" value={targetType} />
        <input type="hidden" name="targetId" value={targetId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <Radios
          id={id}
          name="level"
          legend={`Follow ${name}`}
          legendSize="s"
          hint={
            level
              ? `You are following this: ${levelText(level).toLowerCase()}.`
              : 'You are not following this.'
          }
          small
          options={[
            ...FOLLOW_LEVELS,
            { value: NOT_FOLLOWING, text: 'Not following', hint: 'Stop following it.' },
          ]}
          checked={level ?? NOT_FOLLOWING}
          idFor={(o, i) => (i === 0 ? id : `${id}-${o.value.toLowerCase()}`)}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Save follow setting<span className="nhsuk-u-visually-hidden"> for {name}</span>
        </button>
      </ActionForm>
    </div>
  );
}
