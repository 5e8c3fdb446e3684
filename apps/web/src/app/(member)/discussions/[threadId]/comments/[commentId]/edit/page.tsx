import { CommentPageDocument } from '@mic/web-data-access';
import { EditCommentForm, RevisionHistory } from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../../../../lib/auth/require-session';
import { editCommentAction } from '../../../../../../../lib/discussions/thread-actions';

interface EditCommentPageProps {
  params: Promise<{ threadId: string; commentId: string }>;
}

export const metadata: Metadata = { title: 'Edit your comment' };

const idSchema = z.string().uuid();

/** Edit your comment (its author only: anyone else, or a removed comment, gets page not found). */
export default async function EditCommentPage({
  params,
}: EditCommentPageProps): Promise<ReactElement> {
  const { threadId, commentId } = await params;
  await requireSession(`/discussions/${threadId}/comments/${commentId}/edit`);
  if (!idSchema.safeParse(threadId).success || !idSchema.safeParse(commentId).success) notFound();
  // The comment itself, wherever it sits in the thread (not only the first page of comments).
  const result = await queryOrNull({
    query: CommentPageDocument,
    variables: { id: commentId },
    fetchPolicy: 'no-cache',
  });
  const comment = result?.data?.comment;
  const thread = comment?.threadId === threadId ? comment.thread : null;
  if (!thread || !comment || !comment.viewerCanEdit) notFound();
  const locked = thread.locked && !thread.viewerCanManage;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <a className="nhsuk-back-link" href={`/discussions/${threadId}#comment-${commentId}`}>
          Back to the discussion
        </a>
        <h1>Edit your comment</h1>
        <p className="nhsuk-body">In “{thread.title}”.</p>
        {locked ? (
          <p className="nhsuk-body">This thread is locked. Comments in it cannot be edited.</p>
        ) : (
          <EditCommentForm
            action={editCommentAction}
            threadId={threadId}
            commentId={commentId}
            body={comment.body}
          />
        )}
        <RevisionHistory
          current={comment.body}
          revisions={comment.revisions}
          authorName={comment.author.name}
        />
      </div>
    </div>
  );
}
