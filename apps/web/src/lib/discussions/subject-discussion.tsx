import { randomUUID } from 'node:crypto';

import { ThreadsBySubjectDocument } from '@mic/web-data-access';
import type { ThreadSubjectType } from '@mic/web-data-access';
import { StartThreadForm, ThreadList } from '@mic/web-feature-discussions';
import type { ReactElement } from 'react';

import { getClient } from '../apollo/rsc-client';
import { readSessionToken } from '../auth/session';
import { startThreadAction } from './actions';

export interface SubjectDiscussionProps {
  subjectType: ThreadSubjectType;
  subjectId: string;
  /** The subject's title, for the form's legend. */
  title: string;
  /** The page it is on (sign-in comes back here; a refused form comes back here). */
  returnTo: string;
}

/**
 * The discussion section of a subject's page (case study, event): its
 * threads and a "start a discussion" form for signed-in members; anonymous
 * visitors are asked to sign in. Works without JavaScript.
 */
export async function SubjectDiscussion({
  subjectType,
  subjectId,
  title,
  returnTo,
}: SubjectDiscussionProps): Promise<ReactElement> {
  const signedIn = Boolean(await readSessionToken());
  const threads = signedIn
    ? await getClient()
        .query({
          query: ThreadsBySubjectDocument,
          variables: { filter: { subjectType, subjectId } },
          fetchPolicy: 'no-cache',
        })
        .then((r) => r.data?.threads.edges.map((e) => e.node) ?? [])
    : [];
  return (
    <section
      className="mic-subject-discussion"
      id="discussion"
      aria-labelledby="discussion-heading"
    >
      <h2 id="discussion-heading">Discussion</h2>
      {signedIn ? (
        <>
          <ThreadList threads={threads} />
          <StartThreadForm
            action={startThreadAction}
            subjectType={subjectType}
            subjectId={subjectId}
            returnTo={`${returnTo}#discussion`}
            idPrefix="discussion"
            legend={`Start a discussion about ${title}`}
            clientKey={randomUUID()}
          />
        </>
      ) : (
        <p className="nhsuk-body">
          <a href={`/sign-in?returnTo=${encodeURIComponent(`${returnTo}#discussion`)}`}>
            Sign in to join the discussion
          </a>
          .
        </p>
      )}
    </section>
  );
}
