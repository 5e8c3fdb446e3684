import { Role } from '@mic/shared-util';
import { ToolkitEditorOptionsDocument, ToolkitsListDocument } from '@mic/web-data-access';
import { ToolkitList } from '@mic/web-feature-toolkits';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { requireSession } from '../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Toolkits' };

export default async function ToolkitsPage(): Promise<ReactElement> {
  await requireSession('/toolkits');
  const [{ data }, viewer] = await Promise.all([
    getClient().query({ query: ToolkitsListDocument }),
    getClient().query({ query: ToolkitEditorOptionsDocument }),
  ]);
  const me = viewer.data?.me;
  const canCreate = Boolean(me && (me.verified || me.roles.includes(Role.REGIONAL_ADMIN)));
  return <ToolkitList toolkits={data?.toolkits ?? []} canCreate={canCreate} />;
}
