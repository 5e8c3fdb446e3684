import { RegionBoardPackOptionsDocument } from '@mic/web-data-access';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requestBoardPackAction } from '../../../../lib/board-packs/actions';
import { BoardPackForm } from '../../../../lib/board-packs/board-pack-form';
import { currentFinancialYear } from '../../../../lib/board-packs/board-pack-form-state';
import { requireSignIn } from '../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Region board pack' };

/** Ask for the region's board pack (all 11 ICSs side by side). */
export default async function RegionBoardPackPage(): Promise<ReactElement> {
  await requireSignIn('/region/board-pack');
  const result = await getClient()
    .query({ query: RegionBoardPackOptionsDocument, fetchPolicy: 'no-cache', errorPolicy: 'all' })
    .catch(() => null);
  const data = result?.data;
  if (!data) redirect(`/sign-in?returnTo=${encodeURIComponent('/region/board-pack')}`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/region">Back to the region</BackLink>
        <span className="nhsuk-caption-l">Midlands</span>
        <h1 className="nhsuk-heading-l">Region board pack</h1>
        {data.canRequestBoardPack ? (
          <>
            <p>
              The region&rsquo;s board pack puts all 11 integrated care systems side by side on the
              same measures, per 100,000 residents, with region totals, how the figures are
              calculated and the source of every figure.
            </p>
            <BoardPackForm
              action={requestBoardPackAction.bind(null, null)}
              themes={data.themes}
              lastFinancialYear={currentFinancialYear(new Date())}
            />
          </>
        ) : (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                You cannot download the region&rsquo;s board pack
              </span>
            </h2>
            <p>The region&rsquo;s board pack is for regional admins and ICS admins.</p>
          </div>
        )}
      </div>
    </div>
  );
}
