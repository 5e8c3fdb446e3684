import { AdoptCaseStudyFormDocument } from '@mic/web-data-access';
import {
  AdoptCaseStudyBlocked,
  AdoptCaseStudyForm,
  formatDate,
  slugSchema,
} from '@mic/web-feature-case-studies';
import { NotVerifiedNotice } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { readSessionToken } from '../../../../../lib/auth/session';
import { adoptCaseStudyAction } from '../../../../../lib/case-studies/adoption-actions';

export const metadata: Metadata = { title: 'Adopt this for your organisation' };

interface AdoptPageProps {
  params: Promise<{ slug: string }>;
}

/**
 * "Adopt this": asks which of the person's verified organisations, a contact
 * and the first stage before anything is created. Explains instead when the
 * person is not verified, is from the origin, or already adopts it.
 */
export default async function AdoptCaseStudyPage({
  params,
}: AdoptPageProps): Promise<ReactElement> {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const returnTo = `/case-studies/${slug.data}/adopt`;
  if (!(await readSessionToken())) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const result = await queryOrNull({
    query: AdoptCaseStudyFormDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  const cs = result?.data?.caseStudy;
  const me = result?.data?.me;
  if (!cs) notFound();
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const caseStudy = { id: cs.id, slug: cs.slug, title: cs.title };
  if (cs.status !== 'PUBLISHED')
    return <AdoptCaseStudyBlocked caseStudy={caseStudy} reason={{ kind: 'not-published' }} />;
  if (!me.verified || !me.organisation)
    return (
      <NotVerifiedNotice
        doing="adopt case studies for an organisation"
        organisationName={me.organisation?.name ?? null}
      />
    );
  if (me.organisation.id === cs.organisation.id)
    return (
      <AdoptCaseStudyBlocked
        caseStudy={caseStudy}
        reason={{ kind: 'origin', organisationName: me.organisation.name }}
      />
    );
  const existing = cs.adoptions.filter((a) => a.organisation.id === me.organisation?.id);
  if (existing.length)
    return (
      <AdoptCaseStudyBlocked
        caseStudy={caseStudy}
        reason={{
          kind: 'already',
          adoptions: existing.map((a) => ({ id: a.id, organisationName: a.organisation.name })),
        }}
      />
    );
  const adopters = [...cs.adoptions]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((a) => ({
      id: a.id,
      label: `${a.organisation.name}${a.ics ? ` (${a.ics.shortName})` : ''}, declared ${formatDate(a.createdAt)}`,
    }));
  return (
    <AdoptCaseStudyForm
      action={adoptCaseStudyAction}
      caseStudy={{ ...caseStudy, originName: cs.organisation.name }}
      organisations={[me.organisation]}
      contact={{ name: me.name, email: me.email ?? '' }}
      adopters={adopters}
    />
  );
}
