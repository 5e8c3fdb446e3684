import { ModerationQueueDocument, hasApiErrorCode } from '@mic/web-data-access';
import { ModerationQueue } from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { requireSession } from '../../../lib/auth/require-session';
import { moderateAction } from '../../../lib/discussions/actions';

export const metadata: Metadata = { title: 'Moderation queue' };

interface ModerationPageProps {
  searchParams: Promise<{ done?: string }>;
}

export default async function ModerationPage({
  searchParams,
}: ModerationPageProps): Promise<ReactElement> {
  await requireSession('/moderation');
  const { done } = await searchParams;
  // The API decides who is a moderator: anyone else gets FORBIDDEN, shown as not found.
  const result = await getClient()
    .query({ query: ModerationQueueDocument })
    .catch((e: unknown) => {
      if (hasApiErrorCode(e, 'FORBIDDEN')) return null;
      throw e;
    });
  if (!result?.data) notFound();
  return (
    <>
      {done ? (
        <div className="nhsuk-inset-text" role="status">
          <p>Decision recorded.</p>
        </div>
      ) : null}
      <ModerationQueue
        items={result.data.moderationQueue.edges.map((e) => e.node)}
        moderateAction={moderateAction}
      />
    </>
  );
}
