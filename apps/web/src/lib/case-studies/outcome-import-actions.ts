'use server';

import {
  CancelOutcomeImportDocument,
  ConfirmOutcomeImportDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { slugSchema } from '@mic/web-feature-case-studies';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { signedInActionClient } from '../actions/action-helpers';

const uuid = z.string().uuid();

export interface ImportActionState {
  error?: string;
}

const importPath = (slug: string, id: string) => `/case-studies/${slug}/outcomes/import/${id}`;

async function run(
  slug: string,
  id: string,
  work: (client: Awaited<ReturnType<typeof signedInActionClient>>) => Promise<{
    data?: unknown;
    error?: unknown;
  }>,
): Promise<string | null> {
  const client = await signedInActionClient(importPath(slug, id));
  try {
    const result = await work(client);
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

/** Saves every valid row of a checked import, then shows the result. */
export async function confirmOutcomeImportAction(
  slug: string,
  id: string,
  _previous: ImportActionState,
): Promise<ImportActionState> {
  if (!slugSchema.safeParse(slug).success || !uuid.safeParse(id).success) redirect('/case-studies');
  const error = await run(slug, id, (client) =>
    client.mutate({ mutation: ConfirmOutcomeImportDocument, variables: { id }, errorPolicy: 'all' }),
  );
  if (error) return { error };
  revalidatePath(`/case-studies/${slug}`);
  redirect(importPath(slug, id));
}

/** Discards an import that has not been saved. */
export async function cancelOutcomeImportAction(
  slug: string,
  id: string,
  _previous: ImportActionState,
): Promise<ImportActionState> {
  if (!slugSchema.safeParse(slug).success || !uuid.safeParse(id).success) redirect('/case-studies');
  const error = await run(slug, id, (client) =>
    client.mutate({ mutation: CancelOutcomeImportDocument, variables: { id }, errorPolicy: 'all' }),
  );
  if (error) return { error };
  redirect(importPath(slug, id));
}
