import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import {
  OutcomeFiguresPage,
  loadEditableFigures,
} from '../../../../../lib/case-studies/outcome-figures-page';

export const metadata: Metadata = { title: 'Outcome figures' };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ added?: string; corrected?: string; removed?: string }>;
}

/** A case study's outcome figures for its editors (from the published page): add, correct, remove. */
export default async function OutcomeFiguresRoute({
  params,
  searchParams,
}: Props): Promise<ReactElement> {
  const { slug } = await params;
  const data = await loadEditableFigures(slug, `/case-studies/${slug}/outcomes`);
  const q = await searchParams;
  const notice =
    q.added === '1'
      ? 'added'
      : q.corrected === '1'
        ? 'corrected'
        : q.removed === '1'
          ? 'removed'
          : undefined;
  return <OutcomeFiguresPage data={data} where="page" notice={notice} />;
}
