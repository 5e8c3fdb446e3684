import { Role } from '@mic/shared-util';
import { MetricDictionaryDocument } from '@mic/web-data-access';
import type { MetricDictionaryQuery } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';

/** The dictionary and whether the signed-in viewer may change it (regional admins). */
export async function loadMetricDictionary(): Promise<{
  metrics: MetricDictionaryQuery['metrics'];
  canManage: boolean;
}> {
  const { data } = await getClient().query({
    query: MetricDictionaryDocument,
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('The metric dictionary is unavailable');
  return {
    metrics: data.metrics,
    canManage: data.me?.roles.includes(Role.REGIONAL_ADMIN) ?? false,
  };
}
