import { FilterSelect } from '@mic/web-ui';
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
      <FilterSelect
        id="filter-type"
        name="type"
        label="About"
        anyText="Anything"
        options={Object.entries(SUBJECT_TYPE_LABELS).map(([value, text]) => ({ value, text }))}
        value={values.type}
      />
      <FilterSelect
        id="filter-ics"
        name="ics"
        label="ICS"
        anyText="Any ICS"
        options={icss.map((ics) => ({ value: ics.odsCode, text: ics.shortName }))}
        value={values.ics}
      />
      <FilterSelect
        id="filter-theme"
        name="theme"
        label="Theme"
        anyText="Any theme"
        options={themes.map((theme) => ({ value: theme.key, text: theme.label }))}
        value={values.theme}
      />
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
