import type { ThreadPageQuery } from '@mic/web-data-access';
import { ActionForm, Pagination } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { formatDateTime, formatDuration, groupReplies, REACTION_LABELS } from '../utils/format';
import { mentionsAsText } from '../utils/mention';
import { CommentBody } from './CommentBody';
import { RevisionHistory } from './RevisionHistory';
import { ThreadControls } from './ThreadControls';

type Thread = NonNullable<ThreadPageQuery['thread']>;
const NO_ERRORS: ActionFormState = { errors: [] };
type Comment = Thread['comments']['edges'][number]['node'];

export interface ThreadViewProps {
  thread: Thread;
  /** Server action for reactions (form fields commentId, kind, active); returns the error if refused. */
  reactAction: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  /** Server action for flags (form fields commentId, reason); returns the error if refused. */
  flagAction: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  /** The reply box, rendered after the comments. */
  replyForm: ReactNode;
  /** Pin/lock (fields threadId, field, value): shown only when the viewer may manage the thread. */
  threadStateAction?: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  /** Accept an answer (fields threadId, commentId; empty commentId clears): shown only to those allowed. */
  acceptAction?: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  /** Links to the older and newer pages of comments, when the thread has more than one page. */
  commentPages?: { olderHref?: string | null; newerHref?: string | null; label?: string };
}

function CommentItem({
  comment,
  accepted,
  reactAction,
  flagAction,
  acceptAction,
  threadId,
  canReply,
  canEdit,
}: {
  comment: Comment;
  accepted: boolean;
  reactAction: ThreadViewProps['reactAction'];
  flagAction: ThreadViewProps['flagAction'];
  /** Set only when the viewer may accept answers. */
  acceptAction?: ThreadViewProps['acceptAction'];
  threadId: string;
  canReply: boolean;
  /** Whether edits are open (not locked, or the viewer manages the thread). */
  canEdit: boolean;
}): ReactElement {
  const removed = comment.deleted || (comment.hidden && !comment.bodyHtml);
  return (
    <article
      className="mic-comment"
      id={`comment-${comment.id}`}
      aria-labelledby={`comment-${comment.id}-meta`}
    >
      <p className="nhsuk-body-s mic-comment__meta" id={`comment-${comment.id}-meta`}>
        <strong>{comment.author.name}</strong> <span>{formatDateTime(comment.createdAt)}</span>
        {comment.editedAt ? <span> (edited)</span> : null}
        {accepted ? <strong className="nhsuk-tag nhsuk-tag--green"> Accepted answer</strong> : null}
      </p>
      {removed ? (
        <p className="nhsuk-body mic-comment__removed">
          <em>
            {comment.deleted
              ? 'This comment was removed.'
              : 'This comment is hidden pending review.'}
          </em>
        </p>
      ) : (
        <>
          <CommentBody html={comment.bodyHtml} />
          <RevisionHistory
            current={comment.body}
            revisions={comment.revisions}
            authorName={comment.author.name}
          />
        </>
      )}
      {!removed ? (
        <div className="mic-comment__actions">
          {comment.reactions.length ? (
            <p className="nhsuk-body-s">
              {comment.reactions
                .map((r) => `${REACTION_LABELS[r.kind] ?? r.kind}: ${r.count}`)
                .join(', ')}
            </p>
          ) : null}
          <ActionForm action={reactAction} initialState={NO_ERRORS} className="mic-inline-form">
            <input type="hidden" name="threadId" value={threadId} />
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="kind" value="THUMBS_UP" />
            <input
              type="hidden"
              name="active"
              value={
                comment.reactions.some((r) => r.kind === 'THUMBS_UP' && r.reactedByMe)
                  ? 'false'
                  : 'true'
              }
            />
            <button
              type="submit"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            >
              {comment.reactions.some((r) => r.kind === 'THUMBS_UP' && r.reactedByMe)
                ? 'Remove thumbs up'
                : 'Thumbs up'}
              <span className="nhsuk-u-visually-hidden">
                {' '}
                for the comment by {comment.author.name}
              </span>
            </button>
          </ActionForm>
          {canReply ? (
            <a
              className="nhsuk-body-s mic-comment__reply-link"
              href={`?replyTo=${comment.id}#reply`}
            >
              Reply<span className="nhsuk-u-visually-hidden"> to {comment.author.name}</span>
            </a>
          ) : null}
          {canReply ? (
            <a className="nhsuk-body-s mic-comment__reply-link" href={`?quote=${comment.id}#reply`}>
              Quote
              <span className="nhsuk-u-visually-hidden"> the comment by {comment.author.name}</span>
            </a>
          ) : null}
          {acceptAction ? (
            <ActionForm action={acceptAction} initialState={NO_ERRORS} className="mic-inline-form">
              <input type="hidden" name="threadId" value={threadId} />
              <input type="hidden" name="commentId" value={accepted ? '' : comment.id} />
              <button
                type="submit"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              >
                {accepted ? 'Clear accepted answer' : 'Accept as answer'}
                <span className="nhsuk-u-visually-hidden">
                  {accepted ? '' : `: the comment by ${comment.author.name}`}
                </span>
              </button>
            </ActionForm>
          ) : null}
          {comment.viewerCanEdit && canEdit ? (
            <a
              className="nhsuk-body-s mic-comment__reply-link"
              href={`/discussions/${threadId}/comments/${comment.id}/edit`}
            >
              Edit<span className="nhsuk-u-visually-hidden"> your comment</span>
            </a>
          ) : null}
          {comment.viewerCanDelete ? (
            <a
              className="nhsuk-body-s mic-comment__reply-link"
              href={`/discussions/${threadId}/comments/${comment.id}/delete`}
            >
              Remove
              <span className="nhsuk-u-visually-hidden"> the comment by {comment.author.name}</span>
            </a>
          ) : null}
          <ActionForm action={flagAction} initialState={NO_ERRORS} className="mic-inline-form">
            <input type="hidden" name="threadId" value={threadId} />
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="reason" value="OTHER" />
            <button
              type="submit"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            >
              Report
              <span className="nhsuk-u-visually-hidden"> the comment by {comment.author.name}</span>
            </button>
          </ActionForm>
        </div>
      ) : null}
    </article>
  );
}

/** A thread: its comments with replies one level deep, then the reply box. */
export function ThreadView({
  thread,
  reactAction,
  flagAction,
  replyForm,
  threadStateAction,
  acceptAction,
  commentPages,
}: ThreadViewProps): ReactElement {
  const comments = thread.comments.edges.map((e) => e.node);
  const grouped = groupReplies(comments);
  const itemProps = {
    reactAction,
    flagAction,
    acceptAction: thread.viewerCanAccept ? acceptAction : undefined,
    threadId: thread.id,
    canReply: !thread.locked,
    canEdit: !thread.locked || thread.viewerCanManage,
  };
  return (
    <>
      <h1>{mentionsAsText(thread.title)}</h1>
      {thread.subject ? (
        <p className="nhsuk-body-s">
          About <a href={thread.subject.link}>{thread.subject.title}</a>
        </p>
      ) : null}
      <p className="nhsuk-body-s">
        Started by {thread.author.name} on {formatDateTime(thread.createdAt)} ·{' '}
        {thread.commentCount} {thread.commentCount === 1 ? 'comment' : 'comments'}
        {thread.answered ? ' · Answered' : ''}
        {thread.originatorReplyMinutes != null
          ? ` · The originator replied within ${formatDuration(thread.originatorReplyMinutes)}`
          : ''}
        {thread.locked ? ' · Locked' : ''}
        {thread.pinned ? ' · Pinned' : ''}
      </p>
      {thread.viewerCanManage && threadStateAction ? (
        <ThreadControls
          threadId={thread.id}
          pinned={thread.pinned}
          locked={thread.locked}
          action={threadStateAction}
        />
      ) : null}
      <section aria-label="Comments" id="comments">
        {commentPages?.label ? <p className="nhsuk-body-s">{commentPages.label}</p> : null}
        <ol className="nhsuk-list mic-comment-list">
          {grouped.map(({ comment, replies }) => (
            <li key={comment.id}>
              <CommentItem
                comment={comment}
                accepted={thread.acceptedCommentId === comment.id}
                {...itemProps}
              />
              {replies.length ? (
                <ol
                  className="nhsuk-list mic-comment-replies"
                  aria-label={`Replies to ${comment.author.name}`}
                >
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem
                        comment={reply}
                        accepted={thread.acceptedCommentId === reply.id}
                        {...itemProps}
                      />
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
        <Pagination
          ariaLabel="Comment pages"
          previous={
            commentPages?.olderHref
              ? { href: commentPages.olderHref, title: 'Show older comments' }
              : undefined
          }
          next={
            commentPages?.newerHref
              ? { href: commentPages.newerHref, title: 'Show newer comments' }
              : undefined
          }
        />
      </section>
      {replyForm}
    </>
  );
}
