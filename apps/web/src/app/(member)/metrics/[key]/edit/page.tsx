import { METRIC_KEY_PATTERN, MetricForm } from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { requireSession } from '../../../../../lib/auth/require-session';
import { saveMetricAction } from '../../../../../lib/metrics/actions';
import { loadMetricDictionary } from '../../../../../lib/metrics/load-metrics';

export const metadata: Metadata = { title: 'Change a metric' };

interface EditMetricPageProps {
  params: Promise<{ key: string }>;
}

/** Change a metric of the regional dictionary (regional admins; the key stays). */
export default async function EditMetricPage({ params }: EditMetricPageProps): Promise<ReactElement> {
  const { key } = await params;
  if (!METRIC_KEY_PATTERN.test(key)) notFound();
  await requireSession(`/metrics/${key}/edit`);
  const { metrics, canManage } = await loadMetricDictionary();
  const metric = metrics.find((m) => m.key === key);
  if (!metric) notFound();
  // The permission check lives here, not in a layout (the API checks again).
  if (!canManage) {
    return (
      <>
        <BackLink href="/metrics">Metric dictionary</BackLink>
        <h1>You cannot change the metric dictionary</h1>
        <p>Only regional administrators add and change metrics, so that every ICS reports the same way.</p>
      </>
    );
  }
  return (
    <MetricForm
      mode="change"
      action={saveMetricAction.bind(null, 'change')}
      initial={{
        key: metric.key,
        label: metric.label,
        unit: metric.unit,
        definition: metric.definition,
        direction: metric.direction,
        perPopulation: metric.perPopulation ? 'yes' : 'no',
      }}
    />
  );
}
