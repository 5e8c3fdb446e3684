import type { OrganisationsQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

export type OrganisationListItem = OrganisationsQuery['organisations']['edges'][number]['node'];

export interface OrganisationSummaryListProps {
  organisations: OrganisationListItem[];
  /** Hide the ICS line, e.g. on an ICS page. */
  hideIcss?: boolean;
}

/** A bordered list of organisations linking to their pages. */
export function OrganisationSummaryList({
  organisations,
  hideIcss,
}: OrganisationSummaryListProps): ReactElement {
  return (
    <ul className="nhsuk-list nhsuk-list--border" data-testid="organisation-list">
      {organisations.map((organisation) => (
        <li key={organisation.id}>
          <a
            href={`/organisations/${encodeURIComponent(organisation.id)}`}
            className="nhsuk-u-font-weight-bold"
          >
            {organisation.name}
          </a>
          <br />
          <span className="nhsuk-body-s">
            {organisation.type.label}
            {!hideIcss && organisation.icss.length > 0
              ? ` · ${organisation.icss.map((ics) => ics.shortName).join(', ')}`
              : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
