import { CaseStudyStatusDocument } from '@mic/web-data-access';
import { ArchiveCaseStudyForm, slugSchema } from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../../lib/auth/require-session';
import { archiveCaseStudyAction } from '../../../../../lib/case-studies/review-actions';

export const metadata: Metadata = { title: 'Archive a case study' };

interface ArchivePageProps {
  params: Promise<{ slug: string }>;
}

/** "Are you sure you want to archive…?" (the case study's editors and admins, as the API allows). */
export default async function ArchiveCaseStudyPage({
  params,
}: ArchivePageProps): Promise<ReactElement> {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  await requireSession(`/case-studies/${slug.data}/archive`);
  const result = await queryOrNull({
    query: CaseStudyStatusDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  const cs = result?.data?.caseStudy;
  if (!cs) notFound();
  // Already archived (a second visit, or the back button): the confirmation says so.
  if (cs.status === 'ARCHIVED') redirect(`/case-studies/${cs.slug}/archived`);
  // The permission check lives here (the API checks again): only its editors and admins archive.
  if (!cs.canEdit) {
    return (
      <>
        <BackLink href={`/case-studies/${cs.slug}`}>Back to the case study</BackLink>
        <h1 className="nhsuk-heading-xl">You cannot archive this case study</h1>
        <p>Only members of the organisation that wrote it, and admins, can archive a case study.</p>
      </>
    );
  }
  return <ArchiveCaseStudyForm caseStudy={cs} action={archiveCaseStudyAction} />;
}
