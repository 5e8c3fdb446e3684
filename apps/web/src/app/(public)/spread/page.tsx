import { SpreadMatrixDocument } from '@mic/web-data-access';
import { SpreadMatrixView, spreadSearchParamsSchema } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'Spread of practice' };

interface SpreadPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SpreadPage({ searchParams }: SpreadPageProps): Promise<ReactElement> {
  const params = spreadSearchParamsSchema.parse(await searchParams);
  const result = await getClient().query({
    query: SpreadMatrixDocument,
    variables: { theme: params.theme ?? null },
  });
  if (!result.data) throw new Error('The spread view is unavailable');
  return <SpreadMatrixView data={result.data} theme={params.theme} />;
}
