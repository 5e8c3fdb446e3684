import type { IcsDashboardQuery } from '@mic/web-data-access';
import { ErrorSummary } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { DashboardFilters as Filters } from '../utils/params';
import { filtersQuery } from '../utils/params';
import { DashboardFilters } from './DashboardFilters';
import { DashboardSection } from './DashboardSection';
import { HowCalculated, MeasuresByGroup, MeasuresByTheme } from './Measures';

export type IcsDashboardData = IcsDashboardQuery['icsDashboard'];

export interface IcsDashboardViewProps {
  odsCode: string;
  shortName: string;
  dashboard: IcsDashboardData;
  themes: IcsDashboardQuery['themes'];
  filters: Filters;
  now?: Date;
}

/** The ICS's 4th-purpose dashboard: filters, headline measures by theme, other measures, sections, rules. */
export function IcsDashboardView({
  odsCode,
  shortName,
  dashboard,
  themes,
  filters,
  now,
}: IcsDashboardViewProps): ReactElement {
  const query = filtersQuery(filters);
  const themeLabel = themes.find((t) => t.key === dashboard.themeKey)?.label;
  return (
    <section
      aria-labelledby="dashboard-heading"
      data-testid="ics-dashboard"
      className="mic-dashboard"
    >
      <h2 id="dashboard-heading" className="nhsuk-heading-l">
        4th-purpose dashboard
      </h2>
      {filters.errors.length > 0 ? (
        <ErrorSummary
          heading="Some filters could not be used"
          description="The dashboard shows the figures without them."
          errors={filters.errors.map((e) => ({ fieldId: e.field, message: e.message }))}
        />
      ) : null}
      <p className="nhsuk-lede-text" data-testid="dashboard-period">
        What {shortName}&rsquo;s anchor institutions have achieved: {dashboard.period.label}
        {themeLabel ? `, ${themeLabel}` : ''}.
      </p>
      <DashboardFilters
        action={`/ics/${odsCode}`}
        filters={filters}
        themes={themes}
        errors={filters.errors}
        now={now}
      />
      <p>
        <a href={`/ics/${odsCode}/board-pack${query}`}>Download a board pack</a> ·{' '}
        <a href={`/region${query}`}>Compare all 11 ICSs</a>
      </p>

      <h2>Headline measures by theme</h2>
      <MeasuresByTheme
        measures={dashboard.headlines}
        themes={themes}
        empty="No outcome figures have been recorded for this period yet."
      />
      {dashboard.measures.length > 0 ? (
        <>
          <h2>Other measures</h2>
          <MeasuresByGroup measures={dashboard.measures} />
        </>
      ) : null}
      {dashboard.sections.map((section) => (
        <DashboardSection key={section.key} section={section} />
      ))}
      <HowCalculated
        rules={dashboard.aggregationRules}
        measures={[...dashboard.headlines, ...dashboard.measures]}
      />
      <p className="nhsuk-body-s">
        Figures worked out at{' '}
        {new Date(dashboard.generatedAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}.
      </p>
    </section>
  );
}
