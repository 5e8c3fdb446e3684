import type { CommitmentQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatDay, formatNumber } from '../utils/rag';
import { RagTag } from './RagTag';

type Update = NonNullable<CommitmentQuery['commitment']>['updates'][number];

const EVIDENCE_KIND: Record<string, string> = {
  CASE_STUDY: 'Case study',
  EVENT: 'Event',
  MEASUREMENT: 'Outcome figure',
  FILE: 'File',
  LINK: 'Link',
};

/** The dated progress updates, newest first, each with its status, narrative and evidence. */
export function CommitmentTimeline({
  updates,
  unit,
}: {
  updates: Update[];
  unit: string | null;
}): ReactElement {
  if (!updates.length) return <p className="nhsuk-body">No progress has been reported yet.</p>;
  return (
    <ol className="nhsuk-list" aria-label="Progress updates, newest first">
      {updates.map((u) => (
        <li key={u.id} className="nhsuk-card nhsuk-u-margin-bottom-4">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">
              <time dateTime={u.reportedOn}>{formatDay(u.reportedOn)}</time>
            </h3>
            <p className="nhsuk-body">
              <RagTag status={u.status} />
            </p>
            {u.narrative
              .split(/\n+/)
              .filter(Boolean)
              .map((line, i) => (
                <p key={i} className="nhsuk-body">
                  {line}
                </p>
              ))}
            {typeof u.progressValue === 'number' ? (
              <p className="nhsuk-body">
                Progress reported:{' '}
                <strong>
                  {formatNumber(u.progressValue)}
                  {unit ? ` ${unit}` : ''}
                </strong>
              </p>
            ) : null}
            {u.evidence.length ? (
              <>
                <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">Evidence</h4>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {u.evidence.map((e) => (
                    <li key={e.id}>
                      {EVIDENCE_KIND[e.kind] ?? e.kind}:{' '}
                      {e.url ? (
                        <a
                          href={e.url}
                          {...(/^https?:/.test(e.url) ? { rel: 'noopener noreferrer' } : {})}
                        >
                          {e.title}
                          {e.kind === 'FILE' ? (
                            <span className="nhsuk-u-visually-hidden"> (download)</span>
                          ) : null}
                        </a>
                      ) : (
                        e.title
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {u.createdByName ? (
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Reported by {u.createdByName}</p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
