'use server';

import { MetricDictionaryDocument, UpsertMetricDocument, toApiErrors } from '@mic/web-data-access';
import { metricErrorsFromApi, readMetricForm } from '@mic/web-feature-case-studies';
import type { MetricFormState } from '@mic/web-feature-case-studies';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/*
 * Server action of the metric dictionary form (regional admins; the API's
 * upsertMetric checks the role). Adding refuses a key already in the
 * dictionary, so "Add a metric" never silently overwrites one; changing keeps
 * the key.
 */
export async function saveMetricAction(
  mode: 'add' | 'change',
  _previous: MetricFormState,
  formData: FormData,
): Promise<MetricFormState> {
  const returnTo = mode === 'add' ? '/metrics/new' : '/metrics';
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const read = readMetricForm(formData, mode);
  const failed = (errors: MetricFormState['errors']): MetricFormState => ({
    errors,
    values: read.values,
    submittedAt: Date.now(),
  });
  if (!read.input) return failed(read.errors);
  const input = read.input;
  const client = createActionClient(token);
  try {
    const existing = await client.query({
      query: MetricDictionaryDocument,
      fetchPolicy: 'no-cache',
    });
    const known = existing.data?.metrics.some((m) => m.key === input.key) ?? false;
    if (mode === 'add' && known) {
      return failed([
        {
          field: 'key',
          message: `The dictionary already has a metric with the key ${input.key}: change that one, or choose another key`,
        },
      ]);
    }
    if (mode === 'change' && !known) {
      return failed([{ message: 'That metric is no longer in the dictionary' }]);
    }
    const result = await client.mutate({
      mutation: UpsertMetricDocument,
      variables: { input },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    return failed(metricErrorsFromApi(toApiErrors(error)));
  }
  redirect(`/metrics?saved=${encodeURIComponent(input.key)}`);
}
