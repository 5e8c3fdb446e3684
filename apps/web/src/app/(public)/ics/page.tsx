import { IcssDocument } from '@mic/web-data-access';
import { IcsDirectory } from '@mic/web-feature-directory';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'ICS directory' };

export default async function IcsDirectoryPage(): Promise<ReactElement> {
  const { data } = await getClient().query({ query: IcssDocument });
  return <IcsDirectory icss={data?.icss ?? []} />;
}
