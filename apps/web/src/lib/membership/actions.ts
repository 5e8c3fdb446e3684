'use server';

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
  const values = formValues(formData, requestMembershipFields);
  const parsed = requestMembershipSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, requestMembershipFields),
      values,
      submittedAt: Date.now(),
    };
  }
  const result = await call(
    RequestMembershipDocument,
    { input: { organisationId: parsed.data.organisationId } },
    { signedIn: true, returnTo: back },
  );
  if ('errors' in result) {
    signInIfExpired(result.errors, back);
    return {
      errors: formErrorsFromApi(withFriendlyMessages(result.errors), {
        fields: requestMembershipFields,
        fieldForCode: { CONFLICT: 'organisationId', BAD_USER_INPUT: 'organisationId' },
      }),
      values,
      submittedAt: Date.now(),
    };
  }
  revalidatePath('/account');
  redirect(`${back}?done=${result.data.requestMembership.verified ? 'verified' : 'requested'}`);
}

/* ---------------------------------------------------------------- organisation not listed */

export async function requestOrganisationAction(
  _previous: ActionState<OrganisationRequestField>,
  formData: FormData,
): Promise<ActionState<OrganisationRequestField>> {
  const back = '/organisations/request';
  const values = formValues(formData, organisationRequestFields);
  const parsed = organisationRequestSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, organisationRequestFields),
      values,
      submittedAt: Date.now(),
    };
  }
  const result = await call(
    RequestOrganisationDocument,
    { input: parsed.data },
    { signedIn: true, returnTo: back },
  );
  if ('errors' in result) {
    signInIfExpired(result.errors, back);
    return {
      errors: formErrorsFromApi(withFriendlyMessages(result.errors), {
        fields: organisationRequestFields,
        fieldForCode: { CONFLICT: 'name' },
      }),
      values,
      submittedAt: Date.now(),
    };
  }
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
  const name = text(formData, 'name').slice(0, 120) || 'This person';
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
  const values = formValues(formData, createRequestedOrganisationFields);
  const parsed = createRequestedOrganisationSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, createRequestedOrganisationFields),
      values,
      targetId: requestId,
      submittedAt: Date.now(),
    };
  }
  const result = await call(
    CreateRequestedOrganisationDocument,
    { input: { requestId, ...parsed.data } },
    { signedIn: true, returnTo: back },
  );
  revalidatePath(back);
  if ('errors' in result) {
    signInIfExpired(result.errors, back);
    return {
      errors: formErrorsFromApi(withFriendlyMessages(result.errors), {
        fields: createRequestedOrganisationFields,
      }),
      values,
      targetId: requestId,
      submittedAt: Date.now(),
    };
  }
  const created = result.data.createRequestedOrganisation.organisation?.name ?? parsed.data.name;
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
  const values = formValues(formData, rejectOrganisationRequestFields);
  const parsed = rejectOrganisationRequestSchema.safeParse(values);
  if (!parsed.success) {
    return {
      errors: formErrorsFromIssues(parsed.error.issues, rejectOrganisationRequestFields),
      values,
      targetId: requestId,
      submittedAt: Date.now(),
    };
  }
  const result = await call(
    RejectOrganisationRequestDocument,
    { input: { requestId, reason: parsed.data.reason } },
    { signedIn: true, returnTo: back },
  );
  revalidatePath(back);
  if ('errors' in result) {
    signInIfExpired(result.errors, back);
    return {
      errors: formErrorsFromApi(withFriendlyMessages(result.errors), {
        fields: rejectOrganisationRequestFields,
      }),
      values,
      targetId: requestId,
      submittedAt: Date.now(),
    };
  }
  return {
    errors: [],
    values: {},
    success: `You rejected the request for ${result.data.rejectOrganisationRequest.name}. The person who asked will see your reason.`,
    submittedAt: Date.now(),
  };
}

/** Keeps each error's code and field but replaces technical messages with plain ones. */
function withFriendlyMessages(errors: ApiError[]): ApiError[] {
  const messages = friendlyApiErrors(errors);
  return errors.map((error, index) => ({ ...error, message: messages[index] ?? error.message }));
}
