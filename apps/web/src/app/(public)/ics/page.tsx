import { IcssDocument } from '@mic/web-data-access';
import { IcsDirectory } from '@mic/web-feature-directory';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'ICS directory' };

export default async function IcsDirectoryPage(): Promise<ReactElement> {
  const { data } = await getClient().query({ query: IcssDocument });
  return (
    <>
      <IcsDirectory icss={data?.icss ?? []} />
      <h2>Compare them</h2>
      <p>
        <a href="/region">All 11 ICSs side by side</a>: a map of the region and a table of every
        4th-purpose measure per 100,000 residents. Each ICS&rsquo;s own dashboard is on its page.
      </p>
    </>
  );
}
