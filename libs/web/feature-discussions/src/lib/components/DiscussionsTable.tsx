import type { DiscussionsListQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatDateTime } from '../utils/format';
import { mentionsAsText } from '../utils/mention';
import { SUBJECT_TYPE_LABELS } from './DiscussionsFilter';

type ThreadNode = DiscussionsListQuery['threads']['edges'][number]['node'];

export interface DiscussionsTableProps {
  threads: ThreadNode[];
  /** Whether any filter is applied: the empty state then suggests removing one. */
  filtered?: boolean;
}

/** Threads across subjects: title, what it is about, who started it, replies and state. */
export function DiscussionsTable({ threads, filtered = false }: DiscussionsTableProps): ReactElement {
  if (!threads.length) {
    return (
      <p className="nhsuk-body">
        {filtered
          ? 'No discussions match these filters. Try removing a filter, or start a discussion from a case study, event or toolkit page.'
          : 'Nobody has started a discussion yet. Start one above, or from a case study, event or toolkit page.'}
      </p>
    );
  }
  return (
    <ul className="nhsuk-list mic-thread-list">
      {threads.map((t) => (
        <li key={t.id} className="mic-thread-list__item">
          <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            <a href={`/discussions/${t.id}`}>{mentionsAsText(t.title)}</a>
          </h2>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
            {SUBJECT_TYPE_LABELS[t.subjectType] ?? t.subjectType}
            {t.subject ? (
              <>
                : <a href={t.subject.link}>{t.subject.title}</a>
              </>
            ) : null}
          </p>
          <p className="nhsuk-body-s">
            Started by <a href={`/people/${t.author.id}`}>{t.author.name}</a> · {t.commentCount}{' '}
            {t.commentCount === 1 ? 'comment' : 'comments'} · Last activity{' '}
            {formatDateTime(t.lastActivityAt)}
            {t.pinned ? <strong className="nhsuk-tag nhsuk-tag--blue"> Pinned</strong> : null}
            {t.answered ? <strong className="nhsuk-tag nhsuk-tag--green"> Answered</strong> : null}
            {t.locked ? <strong className="nhsuk-tag nhsuk-tag--grey"> Locked</strong> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
