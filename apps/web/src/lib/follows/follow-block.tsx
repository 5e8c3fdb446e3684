import { FollowedThingsDocument } from '@mic/web-data-access';
import type { FollowLevel, FollowTargetType } from '@mic/web-data-access';
import { FollowControl } from '@mic/web-feature-discussions';
import type { ReactElement } from 'react';

import { getClient } from '../apollo/rsc-client';
import { readSessionToken } from '../auth/session';
import { setFollowLevelAction } from './actions';

/** The viewer's level for one target (null: not following, or signed out). */
export async function loadFollowLevel(
  targetType: FollowTargetType,
  targetId: string,
): Promise<{ signedIn: boolean; level: FollowLevel | null }> {
  if (!(await readSessionToken())) return { signedIn: false, level: null };
  try {
    const { data } = await getClient().query({ query: FollowedThingsDocument });
    const id = targetType === 'ICS' ? targetId.toUpperCase() : targetId;
    const found = data?.myFollows.find((f) => f.targetType === targetType && f.targetId === id);
    return { signedIn: true, level: found?.level ?? null };
  } catch {
    // A revoked session reads as signed out: the control offers "Sign in to follow".
    return { signedIn: false, level: null };
  }
}

export interface FollowBlockProps {
  targetType: FollowTargetType;
  targetId: string;
  name: string;
  /** This page's path. */
  returnTo: string;
}

/** The follow control for a page's subject, a block of its own (server component). */
export async function FollowBlock({
  targetType,
  targetId,
  name,
  returnTo,
}: FollowBlockProps): Promise<ReactElement> {
  const { signedIn, level } = await loadFollowLevel(targetType, targetId);
  return (
    <FollowControl
      action={setFollowLevelAction}
      targetType={targetType}
      targetId={targetId}
      name={name}
      level={level}
      returnTo={returnTo}
      signedIn={signedIn}
    />
  );
}

/** The follow control as a separate section at the end of a page (with its own heading). */
export async function FollowSection(props: FollowBlockProps): Promise<ReactElement> {
  const headingId = `follow-section-${props.targetType.toLowerCase()}`;
  return (
    <section className="nhsuk-grid-row nhsuk-u-margin-top-5" aria-labelledby={headingId}>
      <div className="nhsuk-grid-column-two-thirds">
        <h2 className="nhsuk-heading-m" id={headingId}>
          Follow
        </h2>
        {await FollowBlock(props)}
      </div>
    </section>
  );
}
