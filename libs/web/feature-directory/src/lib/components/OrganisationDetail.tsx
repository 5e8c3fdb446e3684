import type { OrganisationDetailQuery } from '@mic/web-data-access';
import { BackLink, SummaryList } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

export type OrganisationDetailData = NonNullable<OrganisationDetailQuery['organisation']>;

export interface OrganisationDetailProps {
  organisation: OrganisationDetailData;
  /** The follow control (a block of its own, under the heading). */
  followControl?: ReactNode;
}

/** Only http(s) website links are rendered as links. */
function safeWebsite(website: string | null): string | undefined {
  if (!website) return undefined;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** One organisation: type, ICSs, places, website and email domains. */
export function OrganisationDetail({
  organisation,
  followControl,
}: OrganisationDetailProps): ReactElement {
  const website = safeWebsite(organisation.website);
  return (
    <>
      <BackLink href="/organisations">All organisations</BackLink>
      <h1 className="nhsuk-heading-xl">
        <span className="nhsuk-caption-xl">
          {organisation.type.label}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {organisation.name}
      </h1>
      {followControl}
      <SummaryList
        rows={[
          { key: 'Type', value: organisation.type.label },
          {
            key:
              organisation.icss.length === 1 ? 'Integrated care system' : 'Integrated care systems',
            value:
              organisation.icss.length > 0 ? (
                <ul className="nhsuk-list">
                  {organisation.icss.map((ics) => (
                    <li key={ics.odsCode}>
                      <a href={`/ics/${ics.odsCode}`}>{ics.shortName}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                'Region-wide'
              ),
          },
          {
            key: 'Places',
            value:
              organisation.places.length > 0
                ? organisation.places.map((place) => place.name).join(', ')
                : 'None recorded',
          },
          {
            key: 'Website',
            value: website ? (
              <a href={website} rel="noopener noreferrer">
                {website}
                <span className="nhsuk-u-visually-hidden"> (external website)</span>
              </a>
            ) : (
              'None recorded'
            ),
          },
          {
            key: 'Email domains',
            value:
              organisation.emailDomains.length > 0
                ? organisation.emailDomains.join(', ')
                : 'None recorded',
          },
        ]}
      />
    </>
  );
}
