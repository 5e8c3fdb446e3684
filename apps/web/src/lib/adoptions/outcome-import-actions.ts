'use server';

import {
  CancelOutcomeImportDocument,
  ConfirmOutcomeImportDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { signedInActionClient } from '../actions/action-helpers';
import type { ImportActionState } from '../case-studies/outcome-import-actions';

const uuid = z.string().uuid();

const importPath = (adoptionId: string, id: string) =>
  `/adoptions/${adoptionId}/outcomes/import/${id}`;

async function run(
  adoptionId: string,
  id: string,
  mutation: typeof ConfirmOutcomeImportDocument | typeof CancelOutcomeImportDocument,
): Promise<string | null> {
  const client = await signedInActionClient(importPath(adoptionId, id));
  try {
    const result = await client.mutate({ mutation, variables: { id }, errorPolicy: 'all' });
    if (!result.error && result.data) return null;
    const [first] = toApiErrors(result.error);
    return first && first.code !== 'INTERNAL_SERVER_ERROR'
      ? first.message
      : 'Sorry, something went wrong. Try again.';
  } catch (error) {
    const [first] = toApiErrors(error);
    return first && first.code !== 'INTERNAL_SERVER_ERROR'
      ? first.message
      : 'Sorry, something went wrong. Try again.';
  }
}

/** Saves every valid row of a checked import of an adoption's figures, then shows the result. */
export async function confirmAdoptionImportAction(
  adoptionId: string,
  id: string,
  _previous: ImportActionState,
): Promise<ImportActionState> {
  if (!uuid.safeParse(adoptionId).success || !uuid.safeParse(id).success) redirect('/case-studies');
  const error = await run(adoptionId, id, ConfirmOutcomeImportDocument);
  if (error) return { error };
  revalidatePath(`/adoptions/${adoptionId}`);
  redirect(importPath(adoptionId, id));
}

/** Discards an import of an adoption's figures that has not been saved. */
export async function cancelAdoptionImportAction(
  adoptionId: string,
  id: string,
  _previous: ImportActionState,
): Promise<ImportActionState> {
  if (!uuid.safeParse(adoptionId).success || !uuid.safeParse(id).success) redirect('/case-studies');
  const error = await run(adoptionId, id, CancelOutcomeImportDocument);
  if (error) return { error };
  redirect(importPath(adoptionId, id));
}
