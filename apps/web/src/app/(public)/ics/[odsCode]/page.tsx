import {
  DashboardThemesDocument,
  IcsDashboardDocument,
  IcsDetailDocument,
  OrganisationsDocument,
} from '@mic/web-data-access';
import { IcsDashboardView, parseDashboardFilters, periodInput } from '@mic/web-feature-dashboards';
import type { RawSearchParams } from '@mic/web-feature-dashboards';
import { IcsDetail, odsCodeSchema } from '@mic/web-feature-directory';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { FollowBlock } from '../../../../lib/follows/follow-block';

interface IcsPageProps {
  params: Promise<{ odsCode: string }>;
  searchParams: Promise<RawSearchParams>;
}

/** Most ICSs have far fewer; beyond this the page links to the filtered organisations list. */
const ORGANISATIONS_ON_ICS_PAGE = 100;

async function loadIcs(rawOdsCode: string) {
  const odsCode = odsCodeSchema.safeParse(rawOdsCode);
  if (!odsCode.success) notFound();
  const { data } = await getClient().query({
    query: IcsDetailDocument,
    variables: { odsCode: odsCode.data },
  });
  if (!data?.ics) notFound();
  return data.ics;
}

export async function generateMetadata({ params }: IcsPageProps): Promise<Metadata> {
  const ics = await loadIcs((await params).odsCode);
  return { title: `${ics.shortName} ICS` };
}

export default async function IcsPage({
  params,
  searchParams,
}: IcsPageProps): Promise<ReactElement> {
  const ics = await loadIcs((await params).odsCode);
  const { data: themeData } = await getClient().query({ query: DashboardThemesDocument });
  const themes = themeData?.themes ?? [];
  const filters = parseDashboardFilters(
    await searchParams,
    themes.map((t) => t.key),
  );
  const [{ data }, { data: dashboardData }] = await Promise.all([
    getClient().query({
      query: OrganisationsDocument,
      variables: { filter: { icsOdsCode: ics.odsCode }, first: ORGANISATIONS_ON_ICS_PAGE },
    }),
    getClient().query({
      query: IcsDashboardDocument,
      variables: { odsCode: ics.odsCode, period: periodInput(filters), themeKey: filters.themeKey },
    }),
  ]);
  const connection = data?.organisations;
  return (
    <>
      <IcsDetail
        ics={ics}
        organisations={connection?.edges.map((edge) => edge.node) ?? []}
        organisationCount={connection?.totalCount ?? 0}
        followControl={
          <FollowBlock
            targetType="ICS"
            targetId={ics.odsCode}
            name={`${ics.shortName} ICS`}
            returnTo={`/ics/${ics.odsCode}`}
          />
        }
      />
      {dashboardData ? (
        <IcsDashboardView
          odsCode={ics.odsCode}
          shortName={ics.shortName}
          dashboard={dashboardData.icsDashboard}
          themes={themes}
          filters={filters}
        />
      ) : null}
    </>
  );
}
