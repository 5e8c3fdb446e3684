import { BoardPackOptionsDocument } from '@mic/web-data-access';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { requestBoardPackAction } from '../../../../../lib/board-packs/actions';
import { BoardPackForm } from '../../../../../lib/board-packs/board-pack-form';
import { currentFinancialYear } from '../../../../../lib/board-packs/board-pack-form-state';
import { requireSignIn } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Board pack' };

interface Props {
  params: Promise<{ odsCode: string }>;
}

/** Ask for an ICS's board pack: period, theme and format. */
export default async function IcsBoardPackPage({ params }: Props): Promise<ReactElement> {
  const raw = (await params).odsCode;
  if (!/^[A-Za-z0-9]{3,5}$/.test(raw)) notFound();
  const odsCode = raw.toUpperCase();
  await requireSignIn(`/ics/${odsCode}/board-pack`);
  const result = await getClient()
    .query({
      query: BoardPackOptionsDocument,
      variables: { odsCode },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    })
    .catch(() => null);
  const data = result?.data;
  if (!data?.ics) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/ics/${odsCode}`}>{`Back to ${data.ics.shortName}`}</BackLink>
        <span className="nhsuk-caption-l">{data.ics.name}</span>
        <h1 className="nhsuk-heading-l">Board pack</h1>
        {data.canRequestBoardPack ? (
          <>
            <p>
              A board pack holds this ICS&rsquo;s dashboard for the period you choose: headline
              figures, every measure, the charts with their numbers, how the figures are calculated
              and the source of every figure. It is generated in the background; you can download it
              when it is ready.
            </p>
            <BoardPackForm
              action={requestBoardPackAction.bind(null, odsCode)}
              themes={data.themes}
              lastFinancialYear={currentFinancialYear(new Date())}
            />
          </>
        ) : (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                You cannot download board packs for this ICS
              </span>
            </h2>
            <p>
              Board packs for {data.ics.shortName} are for verified members of its organisations,
              its ICS admins and regional admins. If you work for an organisation in this ICS, ask
              to have your membership verified from your account.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
