'use server';

import {
  AddOutcomeMeasurementDocument,
  AdoptCaseStudyDocument,
  AdoptCaseStudyFormDocument,
  AdoptionDetailDocument,
  AttachAssessmentToAdoptionDocument,
  CaseStudyAdoptionsDocument,
  MySubmittedAssessmentsDocument,
  UpdateAdoptionDocument,
  hasApiErrorCode,
  toApiErrors,
} from '@mic/web-data-access';
import type { AdoptionDetailQuery, ApiError } from '@mic/web-data-access';
import type { ApolloClient } from '@apollo/client';
import {
  ADAPTATION_API_FIELDS,
  ADAPTATION_FIELDS,
  ADOPT_API_FIELDS,
  ADOPT_FIELDS,
  ATTACH_API_FIELDS,
  FIGURE_API_FIELDS,
  FIGURE_FIELDS,
  READINESS_API_FIELDS,
  STAGE_API_FIELDS,
  adoptionErrorsFromApi,
  coreComponentsFrom,
  readAdaptationForm,
  readAdoptForm,
  readAttachForm,
  readFigureForm,
  readReadinessForm,
  readStageForm,
  readValues,
  slugSchema,
} from '@mic/web-feature-case-studies';
import type {
  AdaptationField,
  AdoptField,
  AdoptInput,
  AdoptionFormError,
  AdoptionFormState,
  AttachField,
  FigureField,
  ReadinessField,
  StageField,
} from '@mic/web-feature-case-studies';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/*
 * Server actions of the adopter's forms ("Adopt this" and the adoption
 * page). Each checks what was posted with zod first, then calls one mutation;
 * a problem comes back as form state (field errors in plain words and what
 * was typed) for useActionState. None puts an error in the URL or shows an
 * API message that looks technical.
 */

const uuid = z.string().uuid();

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

async function clientOrSignIn(returnTo: string): Promise<ApolloClient> {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

function failed<F extends string>(
  errors: AdoptionFormError<F>[],
  values: Partial<Record<F, string>>,
): AdoptionFormState<F> {
  return { errors, values, submittedAt: Date.now() };
}

function saved<F extends string>(message: string, path: string): AdoptionFormState<F> {
  revalidatePath(path);
  return { errors: [], values: {}, submittedAt: Date.now(), saved: message };
}

const NOT_FOUND_MESSAGE = 'That adoption was not found. It may have been removed.';

/** The adoption as the page shows it (for the lists a form may choose from), or the errors met. */
async function loadAdoption(
  client: ApolloClient,
  id: string,
): Promise<{ data: AdoptionDetailQuery } | { errors: ApiError[] }> {
  try {
    const result = await client.query({
      query: AdoptionDetailDocument,
      variables: { id },
      fetchPolicy: 'no-cache',
    });
    return result.data ? { data: result.data } : { errors: toApiErrors(result.error) };
  } catch (error) {
    return { errors: toApiErrors(error) };
  }
}

/** Runs one mutation; API errors come back as form errors mapped onto the form's fields. */
async function runMutation<F extends string>(
  work: () => Promise<{ data?: unknown; error?: unknown }>,
  mapping: Parameters<typeof adoptionErrorsFromApi<F>>[1],
): Promise<AdoptionFormError<F>[] | null> {
  try {
    const result = await work();
    if (result.error || !result.data)
      return adoptionErrorsFromApi(toApiErrors(result.error), mapping);
    return null;
  } catch (error) {
    return adoptionErrorsFromApi(toApiErrors(error), mapping);
  }
}

/* ------------------------------------------------------------ adopt this */

/** Declarations made this recently by the same organisation count as the same one sent twice. */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;

/** Where to go when the organisation already adopts it: its adoption, said as declared (a repeat) or already there. */
function existingAdoptionPath(existing: { id: string; createdAt?: string | null }): string {
  const created = existing.createdAt ? Date.parse(existing.createdAt) : Number.NaN;
  const repeat = Number.isFinite(created) && Date.now() - created < REPEAT_WINDOW_MS;
  return `/adoptions/${existing.id}?${repeat ? 'declared' : 'already'}=1`;
}

export async function adoptCaseStudyAction(
  _previous: AdoptionFormState<AdoptField>,
  formData: FormData,
): Promise<AdoptionFormState<AdoptField>> {
  const slug = slugSchema.safeParse(text(formData, 'slug'));
  if (!slug.success) redirect('/case-studies');
  const back = `/case-studies/${slug.data}/adopt`;
  const client = await clientOrSignIn(back);
  let data;
  try {
    ({ data } = await client.query({
      query: AdoptCaseStudyFormDocument,
      variables: { slug: slug.data },
      fetchPolicy: 'no-cache',
    }));
  } catch (error) {
    if (!hasApiErrorCode(error, 'NOT_FOUND'))
      return failed(
        adoptionErrorsFromApi(toApiErrors(error), ADOPT_API_FIELDS),
        readValues(formData, ADOPT_FIELDS),
      );
  }
  const cs = data?.caseStudy;
  const me = data?.me;
  if (!cs) redirect('/case-studies');
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(back)}`);
  // Only the person's verified organisation is offered and accepted (the API checks too).
  const organisationIds =
    me.verified && me.organisation && me.organisation.id !== cs.organisation.id
      ? [me.organisation.id]
      : [];
  const read = readAdoptForm(formData, {
    organisationIds,
    adoptionIds: cs.adoptions.map((a) => a.id),
  });
  if (!read.ok) return failed(read.errors, read.values);
  const input = read.input;
  // A second submit (double click, back and resubmit) finds the adoption instead of making another.
  const existing = cs.adoptions.find((a) => a.organisation.id === input.organisationId);
  if (existing) redirect(existingAdoptionPath(existing));

  let result: Awaited<ReturnType<typeof adopt>> | undefined;
  let thrown: unknown;
  try {
    result = await adopt(client, cs.id, input);
  } catch (error) {
    thrown = error;
  }
  const error = thrown ?? result?.error;
  if (hasApiErrorCode(error, 'CONFLICT')) {
    // Declared by a request that raced this one: go to that adoption.
    const list = await client
      .query({
        query: CaseStudyAdoptionsDocument,
        variables: { caseStudyId: cs.id },
        fetchPolicy: 'no-cache',
      })
      .catch(() => null);
    const raced = list?.data?.adoptions.find((a) => a.organisation.id === input.organisationId);
    if (raced) redirect(`/adoptions/${raced.id}?declared=1`);
  }
  const id = result?.data?.adoptCaseStudy.id;
  if (error || !id)
    return failed(adoptionErrorsFromApi(toApiErrors(error), ADOPT_API_FIELDS), read.values);
  redirect(`/adoptions/${id}?declared=1`);
}

function adopt(client: ApolloClient, caseStudyId: string, input: AdoptInput) {
  return client.mutate({
    mutation: AdoptCaseStudyDocument,
    variables: {
      input: {
        caseStudyId,
        organisationId: input.organisationId,
        stage: input.stage,
        contact: input.contact,
        learnedFromAdoptionId: input.learnedFromAdoptionId,
      },
    },
    errorPolicy: 'all',
  });
}

/* ------------------------------------------------------------ adoption page */

export async function changeAdoptionStageAction(
  _previous: AdoptionFormState<StageField>,
  formData: FormData,
): Promise<AdoptionFormState<StageField>> {
  const id = uuid.safeParse(text(formData, 'id'));
  if (!id.success) return failed([{ message: NOT_FOUND_MESSAGE }], {});
  const path = `/adoptions/${id.data}`;
  const client = await clientOrSignIn(path);
  const read = readStageForm(formData);
  if (!read.ok) return failed(read.errors, read.values);
  const errors = await runMutation<StageField>(
    () =>
      client.mutate({
        mutation: UpdateAdoptionDocument,
        variables: {
          input: { id: id.data, stage: read.input.stage, stageReason: read.input.stageReason },
        },
        errorPolicy: 'all',
      }),
    STAGE_API_FIELDS,
  );
  if (errors) return failed(errors, read.values);
  return saved('Stage changed', path);
}

export async function logAdaptationAction(
  _previous: AdoptionFormState<AdaptationField>,
  formData: FormData,
): Promise<AdoptionFormState<AdaptationField>> {
  const id = uuid.safeParse(text(formData, 'id'));
  if (!id.success) return failed([{ message: NOT_FOUND_MESSAGE }], {});
  const path = `/adoptions/${id.data}`;
  const client = await clientOrSignIn(path);
  const loaded = await loadAdoption(client, id.data);
  if ('errors' in loaded)
    return failed(
      adoptionErrorsFromApi(loaded.errors, ADAPTATION_API_FIELDS),
      readValues(formData, ADAPTATION_FIELDS),
    );
  const adoption = loaded.data;
  const components = coreComponentsFrom(adoption.adoption.caseStudy.coreComponents.markdown);
  const read = readAdaptationForm(formData, components);
  if (!read.ok) return failed(read.errors, read.values);
  const errors = await runMutation<AdaptationField>(
    () =>
      client.mutate({
        mutation: UpdateAdoptionDocument,
        variables: { input: { id: id.data, addAdaptations: [read.input] } },
        errorPolicy: 'all',
      }),
    ADAPTATION_API_FIELDS,
  );
  if (errors) return failed(errors, read.values);
  return saved(`Adaptation logged: ${read.input.component}`, path);
}

export async function saveReadinessAction(
  _previous: AdoptionFormState<ReadinessField>,
  formData: FormData,
): Promise<AdoptionFormState<ReadinessField>> {
  const id = uuid.safeParse(text(formData, 'id'));
  if (!id.success) return failed([{ message: NOT_FOUND_MESSAGE }], {});
  const path = `/adoptions/${id.data}`;
  const client = await clientOrSignIn(path);
  const read = readReadinessForm(formData);
  if (!read.ok) return failed(read.errors, read.values);
  const errors = await runMutation<ReadinessField>(
    () =>
      client.mutate({
        mutation: UpdateAdoptionDocument,
        variables: { input: { id: id.data, ...read.input } },
        errorPolicy: 'all',
      }),
    READINESS_API_FIELDS,
  );
  if (errors) return failed(errors, read.values);
  return saved('Readiness, barriers and enablers saved', path);
}

export async function addAdoptionMeasurementAction(
  _previous: AdoptionFormState<FigureField>,
  formData: FormData,
): Promise<AdoptionFormState<FigureField>> {
  const id = uuid.safeParse(text(formData, 'id'));
  if (!id.success) return failed([{ message: NOT_FOUND_MESSAGE }], {});
  const path = `/adoptions/${id.data}`;
  const client = await clientOrSignIn(path);
  const loaded = await loadAdoption(client, id.data);
  if ('errors' in loaded)
    return failed(
      adoptionErrorsFromApi(loaded.errors, FIGURE_API_FIELDS),
      readValues(formData, FIGURE_FIELDS),
    );
  const adoption = loaded.data;
  const read = readFigureForm(
    formData,
    adoption.metrics.map((m) => m.key),
  );
  if (!read.ok) return failed(read.errors, read.values);
  const errors = await runMutation<FigureField>(
    () =>
      client.mutate({
        mutation: AddOutcomeMeasurementDocument,
        variables: { input: { adoptionId: id.data, ...read.input } },
        errorPolicy: 'all',
      }),
    FIGURE_API_FIELDS,
  );
  if (errors) return failed(errors, read.values);
  const metric = adoption.metrics.find((m) => m.key === read.input.metricKey);
  return saved(`Figure added${metric ? ` to ${metric.label}` : ''}`, path);
}

export async function attachAssessmentToAdoptionAction(
  _previous: AdoptionFormState<AttachField>,
  formData: FormData,
): Promise<AdoptionFormState<AttachField>> {
  const id = uuid.safeParse(text(formData, 'adoptionId'));
  if (!id.success) return failed([{ message: NOT_FOUND_MESSAGE }], {});
  const path = `/adoptions/${id.data}`;
  const client = await clientOrSignIn(path);
  let assessmentIds: string[] = [];
  try {
    const mine = await client.query({
      query: MySubmittedAssessmentsDocument,
      fetchPolicy: 'no-cache',
    });
    assessmentIds = (mine.data?.myAssessments ?? [])
      .filter((a) => a.status === 'SUBMITTED')
      .map((a) => a.id);
  } catch (error) {
    return failed(adoptionErrorsFromApi(toApiErrors(error), ATTACH_API_FIELDS), {});
  }
  const read = readAttachForm(formData, assessmentIds);
  if (!read.ok) return failed(read.errors, read.values);
  const errors = await runMutation<AttachField>(
    () =>
      client.mutate({
        mutation: AttachAssessmentToAdoptionDocument,
        variables: { input: { assessmentId: read.input.assessmentId, adoptionId: id.data } },
        errorPolicy: 'all',
      }),
    ATTACH_API_FIELDS,
  );
  if (errors) return failed(errors, read.values);
  return saved('Assessment attached', path);
}
