import type { ReactElement } from 'react';

export interface DiscussionsFilterValues {
  type?: string;
  ics?: string;
  theme?: string;
  unanswered?: boolean;
  mine?: boolean;
}

export interface DiscussionsFilterProps {
  values: DiscussionsFilterValues;
  icss: ReadonlyArray<{ odsCode: string; shortName: string }>;
  themes: ReadonlyArray<{ key: string; label: string }>;
}

export const SUBJECT_TYPE_LABELS: Record<string, string> = {
  CASE_STUDY: 'Case studies',
  EVENT: 'Events',
  TOOLKIT: 'Toolkits',
  TOOLKIT_SECTION: 'Toolkit sections',
  THEME: 'Themes',
  GENERAL: 'General discussion',
};

/** The thread list's filters: a plain GET form (works without JavaScript). */
export function DiscussionsFilter({ values, icss, themes }: DiscussionsFilterProps): ReactElement {
  return (
    <form method="get" action="/discussions" className="mic-filter" aria-label="Filter discussions">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-type">
          About
        </label>
        <select
          className="nhsuk-select"
          id="filter-type"
          name="type"
          defaultValue={values.type ?? ''}
        >
          <option value="">Anything</option>
          {Object.entries(SUBJECT_TYPE_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-ics">
          ICS
        </label>
        <select className="nhsuk-select" id="filter-ics" name="ics" defaultValue={values.ics ?? ''}>
          <option value="">Any ICS</option>
          {icss.map((ics) => (
            <option key={ics.odsCode} value={ics.odsCode}>
              {ics.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-theme">
          Theme
        </label>
        <select
          className="nhsuk-select"
          id="filter-theme"
          name="theme"
          defaultValue={values.theme ?? ''}
        >
          <option value="">Any theme</option>
          {themes.map((theme) => (
            <option key={theme.key} value={theme.key}>
              {theme.label}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Show only</legend>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="filter-unanswered"
                name="unanswered"
                type="checkbox"
                value="1"
                defaultChecked={values.unanswered}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="filter-unanswered">
                Unanswered
              </label>
            </div>
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="filter-mine"
                name="mine"
                type="checkbox"
                value="1"
                defaultChecked={values.mine}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="filter-mine">
                Started or joined by me
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
