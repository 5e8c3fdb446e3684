import type { RegionDashboardQuery } from '@mic/web-data-access';
import { ErrorSummary } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { DashboardFilters as Filters } from '../utils/params';
import { filtersQuery } from '../utils/params';
import { DashboardFilters } from './DashboardFilters';
import type { RegionMeasureView } from './HexMap';
import { HexMap } from './HexMap';
import { HowCalculated } from './Measures';
import { RegionComparisonTable, RegionMeasureTable, RegionTotals } from './RegionTables';

export type RegionDashboardData = RegionDashboardQuery['regionDashboard'];

/** With no measure yet, the map still shows the 11 ICSs (all "No data") and links to them. */
export function emptyMeasure(icss: RegionDashboardQuery['icss']): RegionMeasureView {
  return {
    key: '',
    group: 'OUTCOMES',
    label: 'No measure has figures yet',
    unit: 'count',
    themeKey: null,
    aggregation: '',
    perPopulation: false,
    regionValue: null,
    regionAtLeast: false,
    regionBasis: 0,
    regionPer100k: null,
    icss: icss.map((ics) => ({
      value: null,
      atLeast: false,
      basis: 0,
      per100k: null,
      figuresUrl: null,
      ics,
    })),
  };
}

export interface RegionDashboardViewProps {
  dashboard: RegionDashboardData;
  /** Every ICS with its hex (drawn even when no measure has figures). */
  icss: RegionDashboardQuery['icss'];
  themes: RegionDashboardQuery['themes'];
  filters: Filters;
  now?: Date;
}

/** The regional view: filters, hex map with its table beside it, region totals, every ICS on every measure. */
export function RegionDashboardView({
  dashboard,
  icss,
  themes,
  filters,
  now,
}: RegionDashboardViewProps): ReactElement {
  const selected = dashboard.selected;
  const periodQuery = filtersQuery({ ...filters, measure: null });
  const fullQuery = filtersQuery({ ...filters, measure: selected?.key ?? filters.measure });
  return (
    <div data-testid="region-dashboard" className="mic-dashboard">
      <h1 className="nhsuk-heading-xl">
        <span className="nhsuk-caption-xl">
          NHS Midlands<span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        All 11 ICSs side by side
      </h1>
      {filters.errors.length > 0 ? (
        <ErrorSummary
          heading="Some filters could not be used"
          description="The figures are shown without them."
          errors={filters.errors.map((e) => ({ fieldId: e.field, message: e.message }))}
        />
      ) : null}
      <p className="nhsuk-lede-text" data-testid="dashboard-period">
        What anchor institutions across the Midlands have achieved on the 4th purpose:{' '}
        {dashboard.period.label}. Counts of people are compared per 100,000 residents (ONS Census
        2021).
      </p>
      <DashboardFilters
        action="/region"
        filters={filters}
        themes={themes}
        measures={dashboard.measures}
        selectedMeasure={selected?.key ?? null}
        errors={filters.errors}
        now={now}
      />
      <p>
        <a href={`/region/board-pack${fullQuery}`}>Download a board pack</a>
      </p>
      {selected ? (
        <>
          <h2>{selected.label}</h2>
          <div className="mic-map-and-table">
            <div className="mic-map-and-table__map">
              <HexMap measure={selected} linkQuery={periodQuery} />
            </div>
            <div className="mic-map-and-table__table">
              <RegionMeasureTable measure={selected} linkQuery={periodQuery} />
            </div>
          </div>
          <h2>Region totals</h2>
          <RegionTotals measure={selected} population={dashboard.population} />
        </>
      ) : (
        <>
          <p data-testid="region-no-measures">No measures have figures for this period yet.</p>
          <div className="mic-map-and-table">
            <div className="mic-map-and-table__map">
              <HexMap measure={emptyMeasure(icss)} linkQuery={periodQuery} />
            </div>
            <div className="mic-map-and-table__table">
              <RegionMeasureTable measure={emptyMeasure(icss)} linkQuery={periodQuery} />
            </div>
          </div>
        </>
      )}
      <h2>Every measure, every ICS</h2>
      <RegionComparisonTable measures={dashboard.measures} linkQuery={periodQuery} />
      <HowCalculated rules={dashboard.aggregationRules} measures={dashboard.measures} />
      <p className="nhsuk-body-s">
        Figures worked out at{' '}
        {new Date(dashboard.generatedAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}.
      </p>
    </div>
  );
}
