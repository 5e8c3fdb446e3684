import type { ModerationQueueQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { flagReasonsText, formatDateTime } from '../utils/format';
import type { DiscussionFormAction } from '../utils/form-state';
import { CommentBody } from './CommentBody';
import { ModerationDecisionForm } from './ModerationDecisionForm';

type Item = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

export interface ModerationQueueProps {
  items: Item[];
  /** Server action: records a decision (asks before hiding); returns errors otherwise. */
  moderateAction: DiscussionFormAction;
}

/** Comments awaiting review, with a decision form each (every decision is audited). */
export function ModerationQueue({ items, moderateAction }: ModerationQueueProps): ReactElement {
  return (
    <>
      <h1>Moderation queue</h1>
      {items.length === 0 ? <p className="nhsuk-body">Nothing is waiting for review.</p> : null}
      {items.map((item) => {
        const id = item.comment.id;
        return (
          <section key={id} className="nhsuk-card" aria-labelledby={`item-${id}`}>
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-s" id={`item-${id}`}>
                Comment by {item.comment.author.name}
                {item.comment.hidden ? ' (hidden)' : ''}
              </h2>
              <p className="nhsuk-body-s">
                {item.flagCount} {item.flagCount === 1 ? 'flag' : 'flags'}:{' '}
                {flagReasonsText(item.reasons)} · last {formatDateTime(item.lastFlaggedAt)} ·{' '}
                <a href={`/discussions/${item.comment.threadId}#comment-${id}`}>Open in thread</a>
              </p>
              <CommentBody html={item.comment.bodyHtml} />
              <ModerationDecisionForm
                action={moderateAction}
                commentId={id}
                authorName={item.comment.author.name}
                defaultDecision={item.comment.hidden ? 'HIDE' : 'DISMISS'}
              />
            </div>
          </section>
        );
      })}
    </>
  );
}
