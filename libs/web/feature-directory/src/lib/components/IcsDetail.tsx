import type { IcsDetailQuery } from '@mic/web-data-access';
import { BackLink, SummaryList } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { organisationsHref } from '../utils/directory-params';
import type { OrganisationListItem } from './OrganisationSummaryList';
import { OrganisationSummaryList } from './OrganisationSummaryList';

export type IcsDetailData = NonNullable<IcsDetailQuery['ics']>;

export interface IcsDetailProps {
  ics: IcsDetailData;
  organisations: OrganisationListItem[];
  organisationCount: number;
  /** The follow control (a block of its own, under the heading). */
  followControl?: ReactNode;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** One ICS: its ICB, places and organisations. */
export function IcsDetail({
  ics,
  organisations,
  organisationCount,
  followControl,
}: IcsDetailProps): ReactElement {
  const rows = [
    { key: 'Integrated care board', value: ics.name },
    { key: 'ODS code', value: ics.odsCode },
    { key: 'Sub-region', value: ics.subRegion },
    ...(ics.population !== null
      ? [
          {
            key: 'Population',
            value: ics.populationSource
              ? `${numberFormat.format(ics.population)} (${ics.populationSource})`
              : numberFormat.format(ics.population),
          },
        ]
      : []),
    ...(ics.nhsSites !== null
      ? [{ key: 'NHS sites', value: numberFormat.format(ics.nhsSites) }]
      : []),
  ];
  return (
    <>
      <BackLink href="/ics">All integrated care systems</BackLink>
      <h1 className="nhsuk-heading-xl">
        <span className="nhsuk-caption-xl">
          Integrated care system<span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {ics.shortName}
      </h1>
      {followControl}
      <SummaryList rows={rows} />

      <h2>Places</h2>
      {ics.places.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="place-list">
          {ics.places.map((place) => (
            <li key={place.id}>{place.name}</li>
          ))}
        </ul>
      ) : (
        <p>No places are recorded for this ICS yet.</p>
      )}

      <h2>Organisations</h2>
      {organisations.length > 0 ? (
        <>
          <p>
            {organisationCount} {organisationCount === 1 ? 'organisation' : 'organisations'} in{' '}
            {ics.shortName}.
          </p>
          <OrganisationSummaryList organisations={organisations} hideIcss />
          {organisationCount > organisations.length ? (
            <p>
              <a href={organisationsHref({ ics: ics.odsCode })}>
                View all {organisationCount} organisations in {ics.shortName}
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <p>No organisations in this ICS have joined yet.</p>
      )}
    </>
  );
}
