'use server';

import {
  AddOutcomeMeasurementDocument,
  CorrectOutcomeMeasurementDocument,
  MetricDictionaryDocument,
  RemoveOutcomeMeasurementDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { ApiError } from '@mic/web-data-access';
import {
  parseOutcomeFigureForm,
  parseRemoveReason,
  readOutcomeFigureValues,
  slugSchema,
} from '@mic/web-feature-case-studies';
import type { OutcomeFigureFormState } from '@mic/web-feature-case-studies';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { signedInActionClient } from '../actions/action-helpers';

/**
 * Outcome figures of a case study, entered by its editors: add (from the
 * editor's Outcomes step or the figures page), correct and remove. Every form
 * works without JavaScript; errors come back with what was typed.
 */

const uuid = z.string().uuid();

export type FiguresReturn = 'editor' | 'page';

const backTo = (slug: string, where: FiguresReturn): string =>
  where === 'editor' ? `/case-studies/${slug}/edit/outcomes` : `/case-studies/${slug}/outcomes`;

const API_FIELD: Record<string, string> = {
  metricKey: 'metricKey',
  value: 'value',
  qualifier: 'qualifier',
  baseline: 'baseline',
  sourceTitle: 'sourceTitle',
  sourceUrl: 'sourceUrl',
  note: 'note',
  reason: 'reason',
};

function fromApi(errors: ApiError[]): OutcomeFigureFormState['errors'] {
  const out = errors.map((e) => {
    const name = e.field?.split('.').pop();
    const field = name ? API_FIELD[name] : undefined;
    const message =
      e.code === 'INTERNAL_SERVER_ERROR'
        ? 'Sorry, something went wrong and the figure was not saved. Try again.'
        : e.code === 'UNAUTHENTICATED'
          ? 'Your session has ended. Sign in again.'
          : e.message;
    return field
      ? { field: field as OutcomeFigureFormState['errors'][number]['field'], message }
      : { message };
  });
  return out.length ? out : [{ message: 'Sorry, something went wrong. Try again.' }];
}

const failed = (
  errors: OutcomeFigureFormState['errors'],
  formData: FormData,
): OutcomeFigureFormState => ({
  errors,
  values: readOutcomeFigureValues(formData),
  submittedAt: Date.now(),
});

async function mutate(
  work: () => Promise<{ data?: unknown; error?: unknown }>,
): Promise<ApiError[] | null> {
  try {
    const result = await work();
    return result.error || !result.data ? toApiErrors(result.error) : null;
  } catch (error) {
    return toApiErrors(error);
  }
}

export async function addOutcomeFigureAction(
  slug: string,
  caseStudyId: string,
  where: FiguresReturn,
  _previous: OutcomeFigureFormState,
  formData: FormData,
): Promise<OutcomeFigureFormState> {
  if (!slugSchema.safeParse(slug).success || !uuid.safeParse(caseStudyId).success)
    redirect('/case-studies');
  const back = backTo(slug, where === 'editor' ? 'editor' : 'page');
  const client = await signedInActionClient(back);
  const dictionary = await client.query({
    query: MetricDictionaryDocument,
    fetchPolicy: 'no-cache',
  });
  const parsed = parseOutcomeFigureForm(formData, {
    metricKeys: (dictionary.data?.metrics ?? []).map((m) => m.key),
  });
  if (!parsed.ok) return failed(parsed.errors, formData);
  const errors = await mutate(() =>
    client.mutate({
      mutation: AddOutcomeMeasurementDocument,
      variables: { input: { caseStudyId, ...parsed.input } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return failed(fromApi(errors), formData);
  revalidatePath(`/case-studies/${slug}`);
  redirect(`${back}?added=1`);
}

export async function correctOutcomeFigureAction(
  slug: string,
  figureId: string,
  metricKey: string,
  _previous: OutcomeFigureFormState,
  formData: FormData,
): Promise<OutcomeFigureFormState> {
  if (!slugSchema.safeParse(slug).success || !uuid.safeParse(figureId).success)
    redirect('/case-studies');
  const back = `/case-studies/${slug}/outcomes`;
  const client = await signedInActionClient(`${back}/${figureId}/correct`);
  const parsed = parseOutcomeFigureForm(formData, { metricKeys: [], fixedMetricKey: metricKey });
  if (!parsed.ok) return failed(parsed.errors, formData);
  const { metricKey: _metric, ...rest } = parsed.input;
  const errors = await mutate(() =>
    client.mutate({
      mutation: CorrectOutcomeMeasurementDocument,
      variables: { input: { id: figureId, ...rest, reason: parsed.reason } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return failed(fromApi(errors), formData);
  revalidatePath(`/case-studies/${slug}`);
  redirect(`${back}?corrected=1`);
}

export async function removeOutcomeFigureAction(
  slug: string,
  figureId: string,
  _previous: OutcomeFigureFormState,
  formData: FormData,
): Promise<OutcomeFigureFormState> {
  if (!slugSchema.safeParse(slug).success || !uuid.safeParse(figureId).success)
    redirect('/case-studies');
  const back = `/case-studies/${slug}/outcomes`;
  const client = await signedInActionClient(`${back}/${figureId}/remove`);
  const parsed = parseRemoveReason(formData);
  if (!parsed.ok) return failed([{ field: 'reason', message: parsed.message }], formData);
  const errors = await mutate(() =>
    client.mutate({
      mutation: RemoveOutcomeMeasurementDocument,
      variables: { input: { id: figureId, reason: parsed.reason } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return failed(fromApi(errors), formData);
  revalidatePath(`/case-studies/${slug}`);
  redirect(`${back}?removed=1`);
}
