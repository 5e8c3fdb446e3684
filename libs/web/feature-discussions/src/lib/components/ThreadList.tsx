import type { ThreadsBySubjectQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { mentionsAsText } from '../utils/mention';

type ThreadNode = ThreadsBySubjectQuery['threads']['edges'][number]['node'];

export interface ThreadListProps {
  threads: ThreadNode[];
  emptyText?: string;
}

/** Links to threads about one subject. */
export function ThreadList({
  threads,
  emptyText = 'No discussions yet.',
}: ThreadListProps): ReactElement {
  if (!threads.length) return <p className="nhsuk-body-s">{emptyText}</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {threads.map((t) => (
        <li key={t.id}>
          <a href={`/discussions/${t.id}`}>{mentionsAsText(t.title)}</a>{' '}
          <span className="nhsuk-body-s">
            ({t.commentCount} {t.commentCount === 1 ? 'comment' : 'comments'}
            {t.answered ? ', answered' : ''}
            {t.pinned ? ', pinned' : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
