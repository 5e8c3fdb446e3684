import { CommentPageDocument } from '@mic/web-data-access';
import { CommentBody } from '@mic/web-feature-discussions';
import { ActionForm } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../../../../lib/auth/require-session';
import { deleteCommentAction } from '../../../../../../../lib/discussions/thread-actions';

interface DeleteCommentPageProps {
  params: Promise<{ threadId: string; commentId: string }>;
}

export const metadata: Metadata = { title: 'Remove this comment?' };

const idSchema = z.string().uuid();

/** "Are you sure?" before removing a comment (its author or a moderator; anyone else gets page not found). */
export default async function DeleteCommentPage({
  params,
}: DeleteCommentPageProps): Promise<ReactElement> {
  const { threadId, commentId } = await params;
  await requireSession(`/discussions/${threadId}/comments/${commentId}/delete`);
  if (!idSchema.safeParse(threadId).success || !idSchema.safeParse(commentId).success) notFound();
  // The comment itself, wherever it sits in the thread (not only the first page of comments).
  const result = await queryOrNull({
    query: CommentPageDocument,
    variables: { id: commentId },
    fetchPolicy: 'no-cache',
  });
  const comment = result?.data?.comment;
  const thread = comment?.threadId === threadId ? comment.thread : null;
  if (!thread || !comment || !comment.viewerCanDelete) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <a className="nhsuk-back-link" href={`/discussions/${threadId}#comment-${commentId}`}>
          Back to the discussion
        </a>
        <h1>Are you sure you want to remove this comment?</h1>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              The comment by {comment.author.name}
            </span>
          </h2>
          <CommentBody html={comment.bodyHtml} />
        </div>
        <p className="nhsuk-body">
          Everyone will see “This comment was removed.” in its place. Replies to it stay.
        </p>
        <ActionForm
          action={deleteCommentAction}
          initialState={{ errors: [] }}
          errorDisplay="summary"
        >
          <input type="hidden" name="threadId" value={threadId} />
          <input type="hidden" name="commentId" value={commentId} />
          <button type="submit" className="nhsuk-button nhsuk-button--warning">
            Yes, remove this comment
          </button>{' '}
          <a className="nhsuk-link" href={`/discussions/${threadId}#comment-${commentId}`}>
            No, go back
          </a>
        </ActionForm>
      </div>
    </div>
  );
}
