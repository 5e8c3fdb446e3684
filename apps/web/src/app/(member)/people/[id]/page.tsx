import { PersonPageDocument } from '@mic/web-data-access';
import { PersonProfile } from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../lib/auth/require-session';

interface PersonPageProps {
  params: Promise<{ id: string }>;
}

const idSchema = z.string().uuid();

/** Unknown, unverified (or suspended) people and malformed ids: the page-not-found page. */
async function loadPerson(rawId: string) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const result = await queryOrNull({
    query: PersonPageDocument,
    variables: { id: id.data },
    fetchPolicy: 'no-cache',
  });
  if (!result?.data?.person) notFound();
  return result.data.person;
}

export async function generateMetadata({ params }: PersonPageProps): Promise<Metadata> {
  const { id } = await params;
  await requireSession(`/people/${id}`);
  return { title: (await loadPerson(id)).name };
}

export default async function PersonPage({ params }: PersonPageProps): Promise<ReactElement> {
  const { id } = await params;
  await requireSession(`/people/${id}`);
  const person = await loadPerson(id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PersonProfile person={person} />
      </div>
    </div>
  );
}
