import { METRIC_KEY_PATTERN, MetricDictionary } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { loadMetricDictionary } from '../../../lib/metrics/load-metrics';

export const metadata: Metadata = { title: 'Metric dictionary' };

interface MetricsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const searchSchema = z.object({
  saved: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().regex(METRIC_KEY_PATTERN).optional().catch(undefined),
  ),
});

/** The regional metric dictionary (public); regional admins get add and change links. */
export default async function MetricsPage({ searchParams }: MetricsPageProps): Promise<ReactElement> {
  const { saved } = searchSchema.parse(await searchParams);
  // The permission check lives here: only regional admins see the links (the API checks again).
  const { metrics, canManage } = await loadMetricDictionary();
  return <MetricDictionary metrics={metrics} canManage={canManage} savedKey={saved} />;
}
