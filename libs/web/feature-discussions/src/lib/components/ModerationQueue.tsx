import type { ModerationQueueQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatDateTime } from '../utils/format';
import { CommentBody } from './CommentBody';

type Item = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

export interface ModerationQueueProps {
  items: Item[];
  moderateAction: (formData: FormData) => Promise<void>;
}

const ACTIONS = [
  { value: 'HIDE', label: 'Hide' },
  { value: 'RESTORE', label: 'Restore' },
  { value: 'DISMISS', label: 'Dismiss the flags' },
  { value: 'WARN', label: 'Warn the author' },
];

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
                {item.reasons.join(', ')} · last {formatDateTime(item.lastFlaggedAt)} ·{' '}
                <a href={`/discussions/${item.comment.threadId}#comment-${id}`}>Open in thread</a>
              </p>
              <CommentBody html={item.comment.bodyHtml} />
              <form action={moderateAction}>
                <input type="hidden" name="commentId" value={id} />
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label" htmlFor={`action-${id}`}>
                    Decision
                  </label>
                  <select
                    className="nhsuk-select"
                    id={`action-${id}`}
                    name="action"
                    defaultValue={item.comment.hidden ? 'HIDE' : 'DISMISS'}
                  >
                    {ACTIONS.map((a) => (
                      <option key={a.value} value={a.value}>
                        {a.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label" htmlFor={`reason-${id}`}>
                    Reason (kept in the audit log)
                  </label>
                  <input className="nhsuk-input" id={`reason-${id}`} name="reason" type="text" />
                </div>
                <button type="submit" className="nhsuk-button nhsuk-button--secondary">
                  Record decision
                </button>
              </form>
            </div>
          </section>
        );
      })}
    </>
  );
}
