import { AdoptionDetailDocument, hasApiErrorCode } from '@mic/web-data-access';
import type { AdoptionDetailQuery } from '@mic/web-data-access';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';

import { getClient } from '../apollo/rsc-client';
import { readSessionToken } from '../auth/session';

export const adoptionIdSchema = z.string().uuid();

/**
 * The adoption whose figures are imported, for pages its editors use:
 * sign-in first (back to `returnTo`), NOT_FOUND when unknown or not an editor.
 */
export async function loadEditableAdoption(
  id: string,
  returnTo: string,
): Promise<AdoptionDetailQuery> {
  if (!adoptionIdSchema.safeParse(id).success) notFound();
  if (!(await readSessionToken())) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const result = await getClient()
    .query({ query: AdoptionDetailDocument, variables: { id }, fetchPolicy: 'no-cache' })
    .catch((e: unknown) => {
      if (hasApiErrorCode(e, 'NOT_FOUND')) return null;
      throw e;
    });
  const data = result?.data;
  if (!data?.adoption?.canEdit) notFound();
  return data;
}

/** "Organisation adopting Case study", the caption of the import pages. */
export function adoptionCaption(a: AdoptionDetailQuery['adoption']): string {
  return `${a.organisation.name}: adopting ${a.caseStudy.title}`;
}
