'use server';

import {
  AdminCreateOrganisationDocument,
  AdminUpdateOrganisationDocument,
  MatchOrganisationRequestDocument,
  MergeOrganisationsDocument,
  UpsertOrganisationTypeDocument,
  UpsertThemeDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { ApiError } from '@mic/web-data-access';
import { formString, formStrings, isOrganisationId, splitList } from '@mic/web-feature-directory';
import type { AdminFormState } from '@mic/web-feature-directory';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { signedInActionClient } from '../actions/action-helpers';

/*
 * Server actions of the admin organisation and reference-data forms. Each
 * checks what it can (blank name, no ICS, malformed ids) before the API,
 * which checks everything again (roles, ICS scope, duplicate names), and
 * returns the errors with the typed values so the form shows them; it
 * redirects when the change is saved. They work without JavaScript.
 */

type Errors = { field?: string; message: string }[];

async function mutate<TData, TVariables extends OperationVariables>(
  returnTo: string,
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<{ data: TData } | { errors: ApiError[] }> {
  const client = await signedInActionClient(returnTo);
  try {
    const { data, error } = await client.mutate<TData, TVariables>({
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

/** API errors as form errors: a field the API names, or `fallbackField` for CONFLICT. */
function fromApi(errors: ApiError[], returnTo: string, fallbackField?: string): Errors {
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) {
    redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  }
  return errors.map((e) => {
    if (e.code === 'FORBIDDEN')
      return { message: e.message || 'You do not have permission to do that.' };
    if (e.code === 'API_UNAVAILABLE' || e.code === 'INTERNAL_SERVER_ERROR') {
      return { message: 'The change could not be saved just now. Try again in a moment.' };
    }
    const field = e.field ?? (e.code === 'CONFLICT' ? fallbackField : undefined);
    return field ? { field, message: e.message } : { message: e.message };
  });
}

const failed = (errors: Errors, values: AdminFormState['values']): AdminFormState => ({
  errors,
  values,
  submittedAt: Date.now(),
});

/* ------------------------------------------------------------------ organisations */

/** API field names (icsOdsCodes, type) to the form's. */
const ORG_FIELD: Record<string, string> = {
  name: 'name',
  type: 'type',
  icsOdsCodes: 'icsOdsCodes',
  placeNames: 'placeNames',
  emailDomains: 'emailDomains',
  website: 'website',
  description: 'description',
};

/** Adds (no `id`) or changes an organisation; back to its admin page when saved. */
export async function saveOrganisationAction(
  _previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const id = formString(formData, 'id');
  const returnTo = id ? `/admin/organisations/${id}` : '/admin/organisations/new';
  const values = {
    name: formString(formData, 'name'),
    type: formString(formData, 'type'),
    icsOdsCodes: formStrings(formData, 'icsOdsCodes'),
    placeNames: formString(formData, 'placeNames'),
    emailDomains: formString(formData, 'emailDomains'),
    website: formString(formData, 'website'),
    description: formString(formData, 'description'),
  };
  const errors: Errors = [];
  if (id && !isOrganisationId(id))
    errors.push({ message: 'This is not an organisation that can be changed.' });
  if (!values.name) errors.push({ field: 'name', message: 'Enter the organisation’s name' });
  else if (values.name.length < 2 || values.name.length > 200) {
    errors.push({ field: 'name', message: 'Enter a name of 2 to 200 characters' });
  }
  if (!values.type) errors.push({ field: 'type', message: 'Choose the type of organisation' });
  if (!values.icsOdsCodes.length)
    errors.push({ field: 'icsOdsCodes', message: 'Choose at least one ICS' });
  if (values.website && !/^https?:\/\/\S+\.\S+$/.test(values.website)) {
    errors.push({
      field: 'website',
      message: 'Enter the website as a full address, like https://www.example.org',
    });
  }
  if (errors.length) return failed(errors, values);
  const input = {
    name: values.name,
    type: values.type,
    icsOdsCodes: values.icsOdsCodes,
    placeNames: splitList(values.placeNames, /,/),
    emailDomains: splitList(values.emailDomains.toLowerCase()),
    website: values.website || undefined,
    description: values.description || undefined,
  };
  const result = id
    ? await mutate(returnTo, AdminUpdateOrganisationDocument, { input: { id, ...input } })
    : await mutate(returnTo, AdminCreateOrganisationDocument, { input });
  if ('errors' in result) {
    return failed(
      fromApi(result.errors, returnTo, 'name').map((e) =>
        e.field ? { ...e, field: ORG_FIELD[e.field] ?? undefined } : e,
      ),
      values,
    );
  }
  const savedId =
    'createOrganisation' in result.data
      ? result.data.createOrganisation.id
      : result.data.updateOrganisation.id;
  revalidatePath('/admin/organisations');
  redirect(`/admin/organisations/${savedId}?saved=1`);
}

/** The confirm page's POST: merges, then shows the survivor with what moved. */
export async function mergeOrganisationsAction(
  _previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const survivorId = formString(formData, 'survivorId');
  const duplicateId = formString(formData, 'duplicateId');
  const returnTo = `/admin/organisations/${survivorId}/merge?duplicate=${encodeURIComponent(duplicateId)}`;
  if (!isOrganisationId(survivorId) || !isOrganisationId(duplicateId)) {
    return failed([{ message: 'Choose two organisations to merge.' }], {});
  }
  if (survivorId === duplicateId) {
    return failed(
      [{ message: 'Choose two different organisations: one cannot be merged into itself.' }],
      {},
    );
  }
  const result = await mutate(returnTo, MergeOrganisationsDocument, {
    input: { survivorId, duplicateId },
  });
  if ('errors' in result) return failed(fromApi(result.errors, returnTo), {});
  const moved = result.data.mergeOrganisations.moved.reduce((sum, m) => sum + m.count, 0);
  revalidatePath('/admin/organisations');
  redirect(`/admin/organisations/${result.data.mergeOrganisations.survivor.id}?merged=${moved}`);
}

/** /admin/requests: approves a request by matching it to an organisation already listed. */
export async function matchOrganisationRequestAction(
  _previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const values = {
    requestId: formString(formData, 'requestId'),
    organisationId: formString(formData, 'organisationId'),
  };
  const returnTo = '/admin/requests';
  const errors: Errors = [];
  if (!isOrganisationId(values.requestId))
    errors.push({ field: 'requestId', message: 'Choose the request' });
  if (!isOrganisationId(values.organisationId)) {
    errors.push({ field: 'organisationId', message: 'Choose the organisation already listed' });
  }
  if (errors.length) return failed(errors, values);
  const result = await mutate(returnTo, MatchOrganisationRequestDocument, { input: values });
  if ('errors' in result) return failed(fromApi(result.errors, returnTo), values);
  revalidatePath(returnTo);
  redirect(`${returnTo}?matched=1`);
}

/* ------------------------------------------------------------------ reference data */

export type ReferenceKindSlug = 'themes' | 'organisation-types';

/** Adds or changes a theme or organisation type (`isNew` from the add form). */
export async function saveReferenceAction(
  _previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const kind = formString(formData, 'kind') as ReferenceKindSlug;
  const isNew = formString(formData, 'isNew') === 'true';
  const values = {
    key: formString(formData, 'key').toUpperCase(),
    label: formString(formData, 'label'),
    description: formString(formData, 'description'),
    retired: formStrings(formData, 'retired'),
  };
  const returnTo = `/admin/reference-data/${kind}/${isNew ? 'new' : values.key}`;
  const errors: Errors = [];
  if (kind !== 'themes' && kind !== 'organisation-types')
    errors.push({ message: 'Choose what to change.' });
  if (!/^[A-Z0-9_]{2,60}$/.test(values.key)) {
    errors.push({
      field: 'key',
      message: 'Enter a key of 2 to 60 capital letters, digits or underscores',
    });
  }
  if (!values.label) errors.push({ field: 'label', message: 'Enter a label' });
  else if (values.label.length < 2 || values.label.length > 200) {
    errors.push({ field: 'label', message: 'Enter a label of 2 to 200 characters' });
  }
  if (values.description.length > 1000) {
    errors.push({ field: 'description', message: 'Keep the description to 1,000 characters' });
  }
  if (errors.length) return failed(errors, values);
  const input = {
    key: values.key,
    label: values.label,
    description: values.description,
    retired: values.retired.includes('true'),
    isNew,
  };
  const result =
    kind === 'themes'
      ? await mutate(returnTo, UpsertThemeDocument, { input })
      : await mutate(returnTo, UpsertOrganisationTypeDocument, { input });
  if ('errors' in result) {
    const conflictField = (e: ApiError) => (/key/.test(e.message) ? 'key' : 'label');
    return failed(
      fromApi(result.errors, returnTo).map((e, i) =>
        !e.field && result.errors[i]?.code === 'CONFLICT'
          ? { ...e, field: conflictField(result.errors[i]) }
          : e,
      ),
      values,
    );
  }
  revalidatePath('/admin/reference-data');
  redirect(`/admin/reference-data?saved=${encodeURIComponent(values.key)}`);
}
