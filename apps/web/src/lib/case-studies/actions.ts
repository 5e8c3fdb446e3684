'use server';

import {
  AddOutcomeMeasurementDocument,
  AdoptCaseStudyDocument,
  AttachAssessmentToAdoptionDocument,
  MyOrganisationDocument,
  UpdateAdoptionDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/*
 * Plain-form server actions for the practice library. Each validates lightly
 * (the API validates fully), calls one mutation with the session token and
 * redirects: to the result, or back with ?error=<message> shown in the NHS
 * error summary.
 */

const text = (formData: FormData, key: string): string => {
  const value = formData.get(key);
  return typeof value === 'string' ? value.trim() : '';
};

const optional = (formData: FormData, key: string): string | undefined =>
  text(formData, key) || undefined;

async function clientOrSignIn(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

function withMessage(path: string, message: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}error=${encodeURIComponent(message.slice(0, 300))}`;
}

function withError(path: string, error: unknown): string {
  return withMessage(path, toApiErrors(error)[0]?.message ?? 'Something went wrong. Try again.');
}

const NOT_VERIFIED_TO_ADOPT =
  'Your membership is not verified yet, so you cannot adopt case studies for an organisation. See My account, Your membership, for how to get verified.';

/** Runs a mutation; on any error redirects back to `back` with the message. */
async function run<T>(
  back: string,
  work: () => Promise<{ data?: T | null; error?: unknown }>,
): Promise<T> {
  let result: { data?: T | null; error?: unknown };
  try {
    result = await work();
  } catch (error) {
    redirect(withError(back, error));
  }
  if (result.error || !result.data)
    redirect(withError(back, result.error ?? new Error('No result')));
  return result.data;
}

/**
 * Runs one mutation as the signed-in member (signing in first if needed);
 * on any error goes back to `back` with the message, else returns the data.
 */
async function mutate<TData, TVariables extends OperationVariables>(
  back: string,
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const client = await clientOrSignIn(back);
  return run(back, () =>
    client.mutate<TData, TVariables>({ mutation, variables, errorPolicy: 'all' }),
  );
}

export async function adoptCaseStudyAction(formData: FormData): Promise<void> {
  const back = `/case-studies/${text(formData, 'slug')}`;
  const client = await clientOrSignIn(back);
  const me = await run(back, () =>
    client.query({ query: MyOrganisationDocument, fetchPolicy: 'no-cache' }),
  );
  if (!me.me) redirect(`/sign-in?returnTo=${encodeURIComponent(back)}`);
  const organisation = me.me.organisation;
  if (!organisation || !me.me.verified) {
    // Adopting acts for an organisation: only its verified members may (the API checks too).
    redirect(withMessage(back, NOT_VERIFIED_TO_ADOPT));
  }
  const adopted = await run(back, () =>
    client.mutate({
      mutation: AdoptCaseStudyDocument,
      variables: {
        input: {
          caseStudyId: text(formData, 'caseStudyId'),
          organisationId: organisation.id,
        },
      },
      errorPolicy: 'all',
    }),
  );
  redirect(`/adoptions/${adopted.adoptCaseStudy.id}`);
}

export async function changeAdoptionStageAction(formData: FormData): Promise<void> {
  const id = text(formData, 'id');
  const back = `/adoptions/${id}`;
  await mutate(back, UpdateAdoptionDocument, {
    input: {
      id,
      stage: text(formData, 'stage') as never,
      stageReason: optional(formData, 'stageReason'),
    },
  });
  redirect(back);
}

export async function logAdaptationAction(formData: FormData): Promise<void> {
  const id = text(formData, 'id');
  const back = `/adoptions/${id}`;
  await mutate(back, UpdateAdoptionDocument, {
    input: {
      id,
      addAdaptations: [
        {
          component: text(formData, 'component'),
          decision: text(formData, 'decision') as never,
          detail: optional(formData, 'detail'),
        },
      ],
    },
  });
  redirect(back);
}

export async function addAdoptionMeasurementAction(formData: FormData): Promise<void> {
  const id = text(formData, 'id');
  const back = `/adoptions/${id}`;
  const source = text(formData, 'sourceTitle');
  const isUrl = /^https?:\/\//i.test(source);
  await mutate(back, AddOutcomeMeasurementDocument, {
    input: {
      adoptionId: id,
      metricKey: text(formData, 'metricKey'),
      value: Number(text(formData, 'value')),
      measuredOn: text(formData, 'measuredOn'),
      sourceTitle: isUrl ? undefined : source || undefined,
      sourceUrl: isUrl ? source : undefined,
    },
  });
  redirect(back);
}

const READINESS_AREAS = ['leadership', 'funding', 'partners', 'data', 'workforce'];

const lines = (formData: FormData, key: string): string[] =>
  text(formData, key)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export async function saveReadinessAction(formData: FormData): Promise<void> {
  const id = text(formData, 'id');
  const back = `/adoptions/${id}`;
  const barriers = lines(formData, 'barriers');
  const enablers = lines(formData, 'enablers');
  await mutate(back, UpdateAdoptionDocument, {
    input: {
      id,
      readiness: READINESS_AREAS.map((area) => ({
        area,
        score: Number(text(formData, `readiness-${area}`) || 0),
      })),
      ...(barriers.length ? { barriers } : {}),
      ...(enablers.length ? { enablers } : {}),
    },
  });
  redirect(back);
}

/** Attaches one of the member's submitted toolkit assessments to an adoption they edit. */
export async function attachAssessmentToAdoptionAction(formData: FormData): Promise<void> {
  const id = text(formData, 'adoptionId');
  const back = `/adoptions/${id}`;
  await mutate(back, AttachAssessmentToAdoptionDocument, {
    input: { assessmentId: text(formData, 'assessmentId'), adoptionId: id },
  });
  redirect(back);
}
