import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { TypeDetail, findType } from '../../../../../lib/developers/api-reference-view';
import { API_REFERENCE } from '../../../../../lib/developers/generated/api-reference';

interface TypePageProps {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: TypePageProps): Promise<Metadata> {
  const type = findType(API_REFERENCE, decodeURIComponent((await params).name));
  return { title: type ? `API reference: ${type.name}` : 'Type not found' };
}

/** One type of the API with its fields and descriptions (anchor `#type-Name`). */
export default async function ApiTypePage({ params }: TypePageProps): Promise<ReactElement> {
  const type = findType(API_REFERENCE, decodeURIComponent((await params).name));
  if (!type) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/developers/types">All types</BackLink>
        <TypeDetail type={type} />
        <p>
          <a href="/developers">API for developers</a>
        </p>
      </div>
    </div>
  );
}
