import type { ReactElement } from 'react';

import { diffWords, revisionSteps } from '../utils/diff';
import { formatDateTime } from '../utils/format';
import { mentionsAsText } from '../utils/mention';

export interface RevisionHistoryProps {
  /** The comment's current Markdown source. */
  current: string;
  /** Earlier bodies, newest first (as the API lists them). */
  revisions: ReadonlyArray<{ body: string; replacedAt: string }>;
  /** Who wrote it (for the summary's accessible name). */
  authorName: string;
}

/**
 * A comment's edit history: each edit as a word diff between consecutive
 * versions (removed words struck through, added ones underlined, each also
 * announced as "removed"/"added"), newest edit first. Works without JavaScript
 * (an NHS details element).
 */
export function RevisionHistory({
  current,
  revisions,
  authorName,
}: RevisionHistoryProps): ReactElement | null {
  if (!revisions.length) return null;
  const steps = revisionSteps(current, revisions);
  return (
    <details className="nhsuk-details mic-revisions">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Edit history ({steps.length} {steps.length === 1 ? 'edit' : 'edits'})
          <span className="nhsuk-u-visually-hidden"> of the comment by {authorName}</span>
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <ol className="nhsuk-list mic-revisions__list">
          {steps.map((step, i) => (
            <li key={`${step.editedAt}-${i}`} className="mic-revisions__step">
              <h3 className="nhsuk-heading-xs">Edited {formatDateTime(step.editedAt)}</h3>
              <p className="nhsuk-body-s mic-revisions__diff">
                {diffWords(mentionsAsText(step.before), mentionsAsText(step.after)).map(
                  (part, j) =>
                    part.kind === 'same' ? (
                      <span key={j}>{part.text}</span>
                    ) : part.kind === 'removed' ? (
                      <del key={j} className="mic-diff__removed">
                        <span className="nhsuk-u-visually-hidden">[removed: </span>
                        {part.text}
                        <span className="nhsuk-u-visually-hidden">]</span>
                      </del>
                    ) : (
                      <ins key={j} className="mic-diff__added">
                        <span className="nhsuk-u-visually-hidden">[added: </span>
                        {part.text}
                        <span className="nhsuk-u-visually-hidden">]</span>
                      </ins>
                    ),
                )}
              </p>
              <details className="nhsuk-details">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">Text before this edit</span>
                </summary>
                <div className="nhsuk-details__text">
                  <p className="nhsuk-body-s mic-revisions__source">
                    {mentionsAsText(step.before)}
                  </p>
                </div>
              </details>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
