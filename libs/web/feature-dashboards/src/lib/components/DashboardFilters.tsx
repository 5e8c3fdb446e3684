import { FilterSelect, Select } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { DashboardFilters as Filters } from '../utils/params';
import { QUARTER_OPTIONS, financialYearOptions } from '../utils/params';
import type { ThemeView } from './Measures';

export interface DashboardFiltersProps {
  /** Where the form goes (GET): the page itself. */
  action: string;
  filters: Pick<Filters, 'financialYear' | 'quarter' | 'themeKey' | 'measure'>;
  themes: ReadonlyArray<ThemeView>;
  /** The measure select (the region map), when given. */
  measures?: ReadonlyArray<{ key: string; label: string }>;
  /** The measure shown (when the query has none, the first with data). */
  selectedMeasure?: string | null;
  errors?: ReadonlyArray<{ field: string; message: string }>;
  now?: Date;
}

/** Period (financial year and quarter), theme and (on the region page) measure: a GET form, no script. */
export function DashboardFilters({
  action,
  filters,
  themes,
  measures,
  selectedMeasure,
  errors = [],
  now,
}: DashboardFiltersProps): ReactElement {
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form
      method="get"
      action={action}
      className="mic-dashboard-filters"
      data-testid="dashboard-filters"
    >
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Filter the figures
        </legend>
        <div className="mic-filter-row">
          {measures && measures.length > 0 ? (
            <Select
              id="measure"
              label="Measure"
              error={errorFor('measure')}
              options={measures.map((m) => ({ value: m.key, text: m.label }))}
              defaultValue={selectedMeasure ?? filters.measure ?? ''}
            />
          ) : null}
          <Select
            id="fy"
            label="Financial year"
            error={errorFor('fy')}
            options={financialYearOptions(now)}
            defaultValue={filters.financialYear === null ? '' : String(filters.financialYear)}
          />
          <Select
            id="q"
            label="Quarter"
            error={errorFor('q')}
            options={QUARTER_OPTIONS}
            defaultValue={filters.quarter === null ? '' : String(filters.quarter)}
          />
          <FilterSelect
            id="theme"
            label="Theme"
            error={errorFor('theme')}
            anyText="All themes"
            options={themes.map((t) => ({ value: t.key, text: t.label }))}
            value={filters.themeKey}
          />
        </div>
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          data-module="nhsuk-button"
        >
          Show figures
        </button>
      </fieldset>
    </form>
  );
}
