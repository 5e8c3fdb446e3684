'use server';

import { NAME_MAX_LENGTH } from '@mic/shared-util';
import {
  ApproveMembershipDocument,
  ConfirmEmailDocument,
  CreateRequestedOrganisationDocument,
  DeclineMembershipDocument,
  RejectOrganisationRequestDocument,
  RequestMembershipDocument,
  RequestOrganisationDocument,
  ResendEmailConfirmationDocument,
  VouchForMemberDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { ApiError } from '@mic/web-data-access';
import type { ApiErrorMapping } from '@mic/web-feature-auth';
import {
  createRequestedOrganisationFields,
  createRequestedOrganisationSchema,
  formErrorsFromApi,
  formErrorsFromIssues,
  formValues,
  friendlyApiErrors,
  organisationRequestFields,
  organisationRequestSchema,
  rejectOrganisationRequestFields,
  rejectOrganisationRequestSchema,
  requestMembershipFields,
  requestMembershipSchema,
} from '@mic/web-feature-auth';
import type {
  ActionState,
  ConfirmEmailState,
  CreateRequestedOrganisationField,
  OrganisationRequestField,
  RejectOrganisationRequestField,
  RequestMembershipField,
} from '@mic/web-feature-auth';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/*
 * Server actions for verified membership: confirm an email address, ask to
 * join an organisation, ask for a missing organisation, vouch/decline/approve
 * people waiting to join, and the admins' organisation-request decisions.
 * Every one works without JavaScript (`useActionState` forms).
 */

type Outcome<T> = { data: T } | { errors: ApiError[] };

const text = (formData: FormData, key: string): string => {
  const value = formData.get(key);
  return typeof value === 'string' ? value.trim() : '';
};

/** Runs one mutation (signed in when a session exists); never throws. */
async function call<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { signedIn: boolean; returnTo: string },
): Promise<Outcome<TData>> {
  const token = await readSessionToken();
  if (options.signedIn && !token) {
    redirect(`/sign-in?returnTo=${encodeURIComponent(options.returnTo)}`);
  }
  try {
    const { data, error } = await createActionClient(token ?? undefined).mutate<TData, TVariables>({
      mutation,
      variables,
      errorPolicy: 'all',
    });
    if (error || !data) return { errors: toApiErrors(error ?? new Error('No result')) };
    return { data };
  } catch (error) {
    return { errors: toApiErrors(error) };
  }
}

function signInIfExpired(errors: ApiError[], returnTo: string): void {
  if (errors.some((error) => error.code === 'UNAUTHENTICATED')) {
    redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  }
}

interface FormSubmission<TField extends string, TParsed, TData> {
  formData: FormData;
  fields: readonly TField[];
  schema: z.ZodType<TParsed>;
  /** Where to come back to after signing in again. */
  back: string;
  /** For an item of a list (errors shown beside it). */
  targetId?: string;
  fieldForCode?: ApiErrorMapping<TField>['fieldForCode'];
  run: (parsed: TParsed) => Promise<Outcome<TData>>;
}

/**
 * The shape every validated form action shares: check the typed values with
 * the form's schema, run one mutation, and on any problem return the form's
 * state with the values kept and the errors mapped to fields.
 */
async function submitForm<TField extends string, TParsed, TData>(
  form: FormSubmission<TField, TParsed, TData>,
): Promise<{ state: ActionState<TField> } | { data: TData; parsed: TParsed }> {
  const values = formValues(form.formData, form.fields);
  const failed = (errors: ActionState<TField>['errors']) => ({
    state: { errors, values, targetId: form.targetId, submittedAt: Date.now() },
  });
  const parsed = form.schema.safeParse(values);
  if (!parsed.success) return failed(formErrorsFromIssues(parsed.error.issues, form.fields));
  const result = await form.run(parsed.data);
  if ('errors' in result) {
    signInIfExpired(result.errors, form.back);
    return failed(
      formErrorsFromApi(withFriendlyMessages(result.errors), {
        fields: form.fields,
        fieldForCode: form.fieldForCode,
      }),
    );
  }
  return { data: result.data, parsed: parsed.data };
}

/* ---------------------------------------------------------------- confirm email */

/** POSTed from /confirm-email (never on GET: mail scanners open links). */
export async function confirmEmailAction(
  _previous: ConfirmEmailState,
  formData: FormData,
): Promise<ConfirmEmailState> {
  const token = text(formData, 'token');
  if (!token) {
    return {
      status: 'error',
      message:
        'This confirmation link is not valid. Copy the whole link from the email, or ask for a new one.',
      submittedAt: Date.now(),
    };
  }
  const result = await call(
    ConfirmEmailDocument,
    { input: { token } },
    { signedIn: false, returnTo: '/account/membership' },
  );
  if ('errors' in result) {
    return {
      status: 'error',
      message: friendlyApiErrors(result.errors)[0] ?? 'Something went wrong. Try again.',
      submittedAt: Date.now(),
    };
  }
  const user = result.data.confirmEmail;
  revalidatePath('/account');
  return {
    status: 'confirmed',
    verified: user.verified,
    organisationName: user.membership?.organisation.name ?? null,
    membershipStatus: user.membership?.status ?? null,
    signedIn: Boolean(await readSessionToken()),
  };
}

/** "Resend confirmation email" (signed in; 3 an hour). */
export async function resendEmailConfirmationAction(
  _previous: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const back = '/account/membership';
  const result = await call(
    ResendEmailConfirmationDocument,
    {},
    { signedIn: true, returnTo: back },
  );
  if ('errors' in result) {
    signInIfExpired(result.errors, back);
    return {
      errors: friendlyApiErrors(result.errors).map((message) => ({ message })),
      values: {},
      submittedAt: Date.now(),
    };
  }
  return {
    errors: [],
    values: {},
    success: 'We have sent you a new confirmation link. It works once and lasts 24 hours.',
    submittedAt: Date.now(),
  };
}

/* ---------------------------------------------------------------- ask to join */

export async function requestMembershipAction(
  _previous: ActionState<RequestMembershipField>,
  formData: FormData,
): Promise<ActionState<RequestMembershipField>> {
  const back = '/account/membership';
  const outcome = await submitForm({
    formData,
    fields: requestMembershipFields,
    schema: requestMembershipSchema,
    back,
    fieldForCode: { CONFLICT: 'organisationId', BAD_USER_INPUT: 'organisationId' },
    run: (parsed) =>
      call(
        RequestMembershipDocument,
        { input: { organisationId: parsed.organisationId } },
        { signedIn: true, returnTo: back },
      ),
  });
  if ('state' in outcome) return outcome.state;
  revalidatePath('/account');
  redirect(`${back}?done=${outcome.data.requestMembership.verified ? 'verified' : 'requested'}`);
}

/* ---------------------------------------------------------------- organisation not listed */

export async function requestOrganisationAction(
  _previous: ActionState<OrganisationRequestField>,
  formData: FormData,
): Promise<ActionState<OrganisationRequestField>> {
  const back = '/organisations/request';
  const outcome = await submitForm({
    formData,
    fields: organisationRequestFields,
    schema: organisationRequestSchema,
    back,
    fieldForCode: { CONFLICT: 'name' },
    run: (parsed) =>
      call(RequestOrganisationDocument, { input: parsed }, { signedIn: true, returnTo: back }),
  });
  if ('state' in outcome) return outcome.state;
  redirect(`${back}?done=requested`);
}

/* ---------------------------------------------------------------- vouch, decline, approve */

const DECISIONS = {
  vouch: VouchForMemberDocument,
  decline: DeclineMembershipDocument,
  approve: ApproveMembershipDocument,
} as const;

/** One of the per-person buttons on /members/requests or /admin/requests. */
export async function decideMembershipAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const back =
    text(formData, 'back') === '/admin/requests' ? '/admin/requests' : '/members/requests';
  const decision = text(formData, 'decision');
  const userId = text(formData, 'userId');
  const name = text(formData, 'name').slice(0, NAME_MAX_LENGTH) || 'This person';
  const organisation = text(formData, 'organisation').slice(0, 200) || 'their organisation';
  if (!(decision === 'vouch' || decision === 'decline' || decision === 'approve') || !userId) {
    return {
      errors: [{ message: 'Choose Vouch or Decline for a person in the list.' }],
      values: {},
      submittedAt: Date.now(),
    };
  }
  const result = await call(
    DECISIONS[decision] as TypedDocumentNode<unknown, { input: { userId: string } }>,
    { input: { userId } },
    { signedIn: true, returnTo: back },
  );
  revalidatePath(back);
  if ('errors' in result) {
    signInIfExpired(result.errors, back);
    return {
      errors: friendlyApiErrors(result.errors).map((message) => ({ message })),
      values: {},
      submittedAt: Date.now(),
    };
  }
  return {
    errors: [],
    values: {},
    success:
      decision === 'decline'
        ? `You declined ${name}’s request to join ${organisation}. We have told them by email.`
        : `${name} is now a verified member of ${organisation}. We have told them by email.`,
    submittedAt: Date.now(),
  };
}

/* ---------------------------------------------------------------- admin: organisation requests */

export async function createRequestedOrganisationAction(
  _previous: ActionState<CreateRequestedOrganisationField>,
  formData: FormData,
): Promise<ActionState<CreateRequestedOrganisationField>> {
  const back = '/admin/requests';
  const requestId = text(formData, 'requestId');
  const outcome = await submitForm({
    formData,
    fields: createRequestedOrganisationFields,
    schema: createRequestedOrganisationSchema,
    back,
    targetId: requestId,
    run: (parsed) =>
      call(
        CreateRequestedOrganisationDocument,
        { input: { requestId, ...parsed } },
        { signedIn: true, returnTo: back },
      ),
  });
  revalidatePath(back);
  if ('state' in outcome) return outcome.state;
  const created =
    outcome.data.createRequestedOrganisation.organisation?.name ?? outcome.parsed.name;
  return {
    errors: [],
    values: {},
    success: `${created} is now in the directory. The person who asked has been asked to join it.`,
    submittedAt: Date.now(),
  };
}

export async function rejectOrganisationRequestAction(
  _previous: ActionState<RejectOrganisationRequestField>,
  formData: FormData,
): Promise<ActionState<RejectOrganisationRequestField>> {
  const back = '/admin/requests';
  const requestId = text(formData, 'requestId');
  const outcome = await submitForm({
    formData,
    fields: rejectOrganisationRequestFields,
    schema: rejectOrganisationRequestSchema,
    back,
    targetId: requestId,
    run: (parsed) =>
      call(
        RejectOrganisationRequestDocument,
        { input: { requestId, reason: parsed.reason } },
        { signedIn: true, returnTo: back },
      ),
  });
  revalidatePath(back);
  if ('state' in outcome) return outcome.state;
  return {
    errors: [],
    values: {},
    success: `You rejected the request for ${outcome.data.rejectOrganisationRequest.name}. The person who asked will see your reason.`,
    submittedAt: Date.now(),
  };
}

/** Keeps each error's code and field but replaces technical messages with plain ones. */
function withFriendlyMessages(errors: ApiError[]): ApiError[] {
  const messages = friendlyApiErrors(errors);
  return errors.map((error, index) => ({ ...error, message: messages[index] ?? error.message }));
}
