import { DashboardThemesDocument, RegionDashboardDocument } from '@mic/web-data-access';
import {
  RegionDashboardView,
  parseDashboardFilters,
  periodInput,
} from '@mic/web-feature-dashboards';
import type { RawSearchParams } from '@mic/web-feature-dashboards';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'Region: all 11 ICSs side by side' };

interface RegionPageProps {
  searchParams: Promise<RawSearchParams>;
}

/** /region: the hex map of the 11 ICSs coloured by a measure, its table, region totals, every measure. */
export default async function RegionPage({ searchParams }: RegionPageProps): Promise<ReactElement> {
  const { data: themeData } = await getClient().query({ query: DashboardThemesDocument });
  const themes = themeData?.themes ?? [];
  const filters = parseDashboardFilters(
    await searchParams,
    themes.map((t) => t.key),
  );
  const variables = { period: periodInput(filters), themeKey: filters.themeKey };
  let dashboard;
  try {
    ({ data: dashboard } = await getClient().query({
      query: RegionDashboardDocument,
      variables: { ...variables, metricKey: filters.measure },
    }));
  } catch (error) {
    // An unknown measure key (BAD_USER_INPUT): say so, and show the first measure with data.
    if (!filters.measure) throw error;
    filters.errors.push({ field: 'measure', message: 'Choose a measure from the list' });
    filters.measure = null;
    ({ data: dashboard } = await getClient().query({ query: RegionDashboardDocument, variables }));
  }
  if (!dashboard) throw new Error('The region dashboard could not be loaded.');
  return (
    <RegionDashboardView
      dashboard={dashboard.regionDashboard}
      icss={dashboard.icss}
      themes={themes}
      filters={filters}
    />
  );
}
