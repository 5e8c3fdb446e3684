import { CommentPageDocument, ThreadPageDocument } from '@mic/web-data-access';
import {
  ReplyForm,
  ThreadView,
  commentPageNumber,
  newerCommentsHref,
  olderCommentsHref,
  parseCommentPageParams,
} from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../lib/auth/require-session';
import { THREAD_PAGE_SIZE } from '../../../../lib/discussions/thread-page-size';
import { flagAction, postCommentAction, reactAction } from '../../../../lib/discussions/actions';
import { acceptAnswerAction, threadStateAction } from '../../../../lib/discussions/thread-actions';
import { FollowBlock } from '../../../../lib/follows/follow-block';

interface ThreadPageProps {
  params: Promise<{ threadId: string }>;
  searchParams: Promise<{
    replyTo?: string;
    quote?: string;
    flagged?: string;
    removed?: string;
    after?: string | string[];
    prev?: string | string[];
  }>;
}

const idSchema = z.string().uuid();

async function loadThread(rawId: string, after?: string) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const result = await queryOrNull({
    query: ThreadPageDocument,
    variables: { id: id.data, first: THREAD_PAGE_SIZE, after: after ?? null },
  });
  if (!result?.data?.thread) notFound();
  return result.data.thread;
}

/** A comment to reply to or quote that is not on the page shown (the links open the first page). */
async function commentInThread(threadId: string, rawId: string | undefined) {
  if (!rawId || !idSchema.safeParse(rawId).success) return undefined;
  const result = await queryOrNull({ query: CommentPageDocument, variables: { id: rawId } });
  const comment = result?.data?.comment;
  return comment && comment.threadId === threadId && !comment.deleted ? comment : undefined;
}

export async function generateMetadata({ params }: ThreadPageProps): Promise<Metadata> {
  const { threadId } = await params;
  await requireSession(`/discussions/${threadId}`);
  return { title: (await loadThread(threadId)).title };
}

export default async function ThreadPage({
  params,
  searchParams,
}: ThreadPageProps): Promise<ReactElement> {
  const { threadId } = await params;
  const { replyTo, quote, flagged, removed, ...paging } = await searchParams;
  await requireSession(`/discussions/${threadId}`);
  const pages = parseCommentPageParams(paging);
  const thread = await loadThread(threadId, pages.after);
  const onPage = (id: string | undefined) =>
    id ? thread.comments.edges.find((e) => e.node.id === id)?.node : undefined;
  const quoted = onPage(quote) ?? (await commentInThread(thread.id, quote));
  const parent = onPage(replyTo) ?? (await commentInThread(thread.id, replyTo));
  const { pageInfo, totalCount, edges } = thread.comments;
  const page = commentPageNumber(pages);
  const firstShown = (page - 1) * THREAD_PAGE_SIZE + 1;
  const commentPages =
    pages.after || pageInfo.hasNextPage
      ? {
          olderHref: olderCommentsHref(thread.id, pages),
          newerHref:
            pageInfo.hasNextPage && pageInfo.endCursor
              ? newerCommentsHref(thread.id, pages, pageInfo.endCursor)
              : null,
          label: edges.length
            ? `Showing comments ${firstShown} to ${firstShown + edges.length - 1} of ${totalCount}.`
            : undefined,
        }
      : undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {flagged ? (
          <div className="nhsuk-inset-text" role="status">
            <p>Thank you. The moderators will review the comment.</p>
          </div>
        ) : null}
        {removed ? (
          <div className="nhsuk-inset-text" role="status">
            <p>The comment was removed.</p>
          </div>
        ) : null}
        <ThreadView
          thread={thread}
          reactAction={reactAction}
          flagAction={flagAction}
          threadStateAction={threadStateAction}
          acceptAction={acceptAnswerAction}
          commentPages={commentPages}
          replyForm={
            <ReplyForm
              action={postCommentAction}
              threadId={thread.id}
              parentId={parent?.id ?? null}
              replyingToName={parent?.author.name ?? null}
              locked={thread.locked}
              quote={quoted ? { id: quoted.id, authorName: quoted.author.name } : null}
              defaultBody={
                parent
                  ? `@[${parent.author.name.replace(/[[\]]/g, '')}](mention:${parent.author.id}) `
                  : undefined
              }
            />
          }
        />
        <FollowBlockSection threadId={thread.id} title={thread.title} />
      </div>
    </div>
  );
}

/** Following the thread: a block of its own under the discussion. */
async function FollowBlockSection({
  threadId,
  title,
}: {
  threadId: string;
  title: string;
}): Promise<ReactElement> {
  return (
    <section aria-labelledby="follow-thread-heading" className="nhsuk-u-margin-top-5">
      <h2 className="nhsuk-heading-m" id="follow-thread-heading">
        Follow this discussion
      </h2>
      <FollowBlock
        targetType="THREAD"
        targetId={threadId}
        name={title}
        returnTo={`/discussions/${threadId}`}
      />
    </section>
  );
}
