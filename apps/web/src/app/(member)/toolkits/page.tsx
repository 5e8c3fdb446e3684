import { ToolkitsListDocument } from '@mic/web-data-access';
import { ToolkitList } from '@mic/web-feature-toolkits';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { requireSession } from '../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Toolkits' };

export default async function ToolkitsPage(): Promise<ReactElement> {
  await requireSession('/toolkits');
  const { data } = await getClient().query({ query: ToolkitsListDocument });
  return <ToolkitList toolkits={data?.toolkits ?? []} />;
}
