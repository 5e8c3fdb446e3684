import { SsoConnectionDocument } from '@mic/web-data-access';
import { SsoConnectionForm } from '@mic/web-feature-auth';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { updateSsoConnectionAction } from '../../../../../lib/sso/actions';
import { regionalAdminOnly } from '../../../../../lib/sso/admin-page';

export const metadata: Metadata = { title: 'Change organisation sign-in' };

interface EditSsoConnectionPageProps {
  params: Promise<{ id: string }>;
}

/** Change one connection (regional admins); a blank secret keeps the stored one. */
export default async function EditSsoConnectionPage({ params }: EditSsoConnectionPageProps): Promise<ReactElement> {
  const { id } = await params;
  const refused = await regionalAdminOnly(`/admin/sign-in/${encodeURIComponent(id)}`);
  if (refused) return refused;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const result = await queryOrNull({ query: SsoConnectionDocument, variables: { id }, fetchPolicy: 'no-cache' });
  const connection = result?.data?.ssoConnection;
  if (!connection) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/admin/sign-in">Organisation sign-in</BackLink>
        <h1 className="nhsuk-heading-xl">Change {connection.displayName}</h1>
        <SsoConnectionForm action={updateSsoConnectionAction} connection={connection} redirectUrl={connection.redirectUrl} />
      </div>
    </div>
  );
}
