import type { FollowedThingsQuery } from '@mic/web-data-access';
import { ActionForm } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { FOLLOW_LEVELS, NOT_FOLLOWING, targetKindText } from './follow-levels';

export interface FollowsSettingsProps {
  follows: FollowedThingsQuery['myFollows'];
  /** Server action: changes the level (or stops following) and comes back to this page. */
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  /** What was just saved, for the confirmation. */
  saved?: 'changed' | 'stopped' | null;
}

/** Everything the person follows, each with its level to change or stop (one small POST form per row). */
export function FollowsSettings({ follows, action, saved }: FollowsSettingsProps): ReactElement {
  return (
    <>
      <h1>What you follow</h1>
      <p className="nhsuk-lede-text">
        Things you follow appear in your <a href="/">home feed</a>. Watching also emails you every
        new item; muted things are hidden from your feed and digest.
      </p>
      {saved ? (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {saved === 'stopped' ? 'You have stopped following it.' : 'Your change has been saved.'}
          </p>
        </div>
      ) : null}
      {follows.length === 0 ? (
        <p>
          You do not follow anything yet. Use the follow buttons on integrated care system,
          organisation, case study, event, toolkit and discussion pages.
        </p>
      ) : (
        <table role="table" className="nhsuk-table-responsive" data-testid="follows-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Things you follow and how closely
          </caption>
          <thead role="rowgroup" className="nhsuk-table__head">
            <tr role="row" className="nhsuk-table__row">
              <th role="columnheader" scope="col" className="nhsuk-table__header">
                Name
              </th>
              <th role="columnheader" scope="col" className="nhsuk-table__header">
                Kind
              </th>
              <th role="columnheader" scope="col" className="nhsuk-table__header">
                How closely
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {follows.map((f) => {
              const name = f.title ?? 'No longer available';
              const fieldId = `level-${f.targetType.toLowerCase()}-${f.targetId}`;
              return (
                <tr key={`${f.targetType}:${f.targetId}`} role="row" className="nhsuk-table__row">
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                      Name{' '}
                    </span>
                    {f.url ? <a href={f.url}>{name}</a> : name}
                  </td>
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                      Kind{' '}
                    </span>
                    {targetKindText(f.targetType)}
                  </td>
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                      How closely{' '}
                    </span>
                    <ActionForm action={action} initialState={{ errors: [] }}>
                      <input type="hidden" name="targetType" value={f.targetType} />
                      <input type="hidden" name="targetId" value={f.targetId} />
                      <input type="hidden" name="returnTo" value="/settings/follows" />
                      <div className="nhsuk-form-group nhsuk-u-margin-bottom-2">
                        <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={fieldId}>
                          How closely to follow {name}
                        </label>
                        <select
                          className="nhsuk-select"
                          id={fieldId}
                          name="level"
                          defaultValue={f.level}
                        >
                          {FOLLOW_LEVELS.map((l) => (
                            <option key={l.value} value={l.value}>
                              {l.text}
                            </option>
                          ))}
                          <option value={NOT_FOLLOWING}>Stop following</option>
                        </select>
                      </div>
                      <button
                        type="submit"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                      >
                        Save<span className="nhsuk-u-visually-hidden"> for {name}</span>
                      </button>
                    </ActionForm>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p>
        Choose how often you get emails in your{' '}
        <a href="/settings/notifications">notification settings</a>.
      </p>
    </>
  );
}
