import { MetricForm } from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { requireSession } from '../../../../lib/auth/require-session';
import { saveMetricAction } from '../../../../lib/metrics/actions';
import { loadMetricDictionary } from '../../../../lib/metrics/load-metrics';

export const metadata: Metadata = { title: 'Add a metric' };

/** Add a metric to the regional dictionary (regional admins). */
export default async function NewMetricPage(): Promise<ReactElement> {
  await requireSession('/metrics/new');
  const { canManage } = await loadMetricDictionary();
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
  return <MetricForm mode="add" action={saveMetricAction.bind(null, 'add')} />;
}
