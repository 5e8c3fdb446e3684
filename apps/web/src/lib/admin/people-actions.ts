'use server';

import {
  AdminGrantRoleDocument,
  AdminRevokeRoleDocument,
  ApproveMembershipDocument,
  DeclineMembershipDocument,
  RestoreUserDocument,
  SuspendUserDocument,
  VouchForMemberDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { Role } from '@mic/web-data-access';
import { ROLE_VALUES } from '@mic/web-feature-admin';
import type { ActionFormState } from '@mic/web-ui';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { formText, signedInActionClient } from '../actions/action-helpers';

/*
 * Server actions of /admin/people/[id]: grant and revoke roles, verify or
 * decline a membership, suspend and restore. Each redirects back to the
 * person's page with `?done=<what>` when it works and returns the API's errors
 * (shown in an NHS error summary) when it does not. No JavaScript needed.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const personPath = (userId: string): string => `/admin/people/${userId}`;

const refused = (...messages: string[]): ActionFormState => ({
  errors: messages.map((message) => ({ message })),
  submittedAt: Date.now(),
});

/** Runs the mutation as the signed-in admin; the errors to show, or null when it worked. */
async function run<TData, TVariables extends OperationVariables>(
  path: string,
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<ActionFormState | null> {
  const client = await signedInActionClient(path);
  const { error } = await client.mutate({ mutation, variables, errorPolicy: 'all' });
  if (!error) return null;
  const errors = toApiErrors(error);
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) {
    redirect(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  }
  return refused(...errors.map((e) => e.message));
}

function done(userId: string, what: string): never {
  revalidatePath(personPath(userId));
  revalidatePath('/admin/people');
  redirect(`${personPath(userId)}?done=${what}`);
}

function checkedUserId(userId: string): string {
  if (!UUID.test(userId)) redirect('/admin/people');
  return userId;
}

/** The role and ICS chosen on a role form, or what is wrong with them. */
function readRole(formData: FormData): { role: Role; icsOdsCode: string | null } | ActionFormState {
  const role = formText(formData, 'role');
  const ics = formText(formData, 'ics').trim();
  if (!(ROLE_VALUES as readonly string[]).includes(role)) return refused('Choose a role.');
  if (role === 'ICS_ADMIN' && !ics) return refused('Choose the ICS this person will administer.');
  if (role !== 'ICS_ADMIN' && ics)
    return refused('Only the ICS admin role has an ICS: choose “No ICS”.');
  if (ics && !/^[A-Z0-9]{3,5}$/.test(ics)) return refused('Choose an ICS from the list.');
  return { role: role as Role, icsOdsCode: ics || null };
}

export async function grantRoleAction(
  userId: string,
  _previous: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const id = checkedUserId(userId);
  const choice = readRole(formData);
  if ('errors' in choice) return choice;
  const failed = await run(personPath(id), AdminGrantRoleDocument, {
    input: { userId: id, ...choice },
  });
  return failed ?? done(id, 'granted');
}

export async function revokeRoleAction(
  userId: string,
  _previous: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const id = checkedUserId(userId);
  const choice = readRole(formData);
  if ('errors' in choice) return choice;
  const failed = await run(personPath(id), AdminRevokeRoleDocument, {
    input: { userId: id, ...choice },
  });
  return failed ?? done(id, 'revoked');
}

export async function decideMembershipAction(
  userId: string,
  _previous: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const id = checkedUserId(userId);
  const decision = formText(formData, 'decision');
  const mutation =
    decision === 'approve'
      ? ApproveMembershipDocument
      : decision === 'vouch'
        ? VouchForMemberDocument
        : decision === 'decline'
          ? DeclineMembershipDocument
          : null;
  if (!mutation) return refused('Choose Verify membership or Decline request.');
  const failed = await run(
    personPath(id),
    mutation as TypedDocumentNode<unknown, { input: { userId: string } }>,
    { input: { userId: id } },
  );
  return failed ?? done(id, decision === 'decline' ? 'declined' : 'verified');
}

export async function suspendUserAction(
  userId: string,
  _previous: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const id = checkedUserId(userId);
  const reason = formText(formData, 'reason').trim();
  if (!reason) return refused('Enter why you are suspending this account.');
  if (reason.length > 500) return refused('Keep the reason to 500 characters or fewer.');
  const failed = await run(personPath(id), SuspendUserDocument, { input: { userId: id, reason } });
  return failed ?? done(id, 'suspended');
}

export async function restoreUserAction(
  userId: string,
  _previous: ActionFormState,
  _formData: FormData,
): Promise<ActionFormState> {
  const id = checkedUserId(userId);
  const failed = await run(personPath(id), RestoreUserDocument, { userId: id });
  return failed ?? done(id, 'restored');
}
