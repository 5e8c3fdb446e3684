import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import {
  OutcomeFiguresPage,
  loadEditableFigures,
} from '../../../../../../lib/case-studies/outcome-figures-page';

export const metadata: Metadata = { title: 'Edit case study: Outcomes' };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ added?: string }>;
}

/** The guided editor's Outcomes step: the case study's figures, with add, change and remove. */
export default async function EditOutcomesPage({
  params,
  searchParams,
}: Props): Promise<ReactElement> {
  const { slug } = await params;
  const data = await loadEditableFigures(slug, `/case-studies/${slug}/edit/outcomes`);
  const notice = (await searchParams).added === '1' ? 'added' : undefined;
  return <OutcomeFiguresPage data={data} where="editor" notice={notice} />;
}
