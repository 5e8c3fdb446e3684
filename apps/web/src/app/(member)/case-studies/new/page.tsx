import { CaseStudyFilterOptionsDocument } from '@mic/web-data-access';
import { CaseStudyEditor } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { readSessionToken } from '../../../../lib/auth/session';
import { createCaseStudyAction } from '../../../../lib/case-studies/actions';

export const metadata: Metadata = { title: 'Write a case study' };

const paramsSchema = z.object({
  error: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().max(300).optional().catch(undefined),
  ),
});

interface NewCaseStudyPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewCaseStudyPage({
  searchParams,
}: NewCaseStudyPageProps): Promise<ReactElement> {
  // The permission check lives here, not in a layout.
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent('/case-studies/new')}`);
  const { error } = paramsSchema.parse(await searchParams);
  const options = await getClient().query({ query: CaseStudyFilterOptionsDocument });
  if (!options.data) throw new Error('The editor is unavailable');
  return <CaseStudyEditor options={options.data} action={createCaseStudyAction} error={error} />;
}
