import type { IcssQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

export type IcsSummary = IcssQuery['icss'][number];

export interface IcsDirectoryProps {
  icss: IcsSummary[];
}

/** Groups ICSs by sub-region (alphabetical), keeping the API's name order inside each. */
export function groupBySubRegion(
  icss: IcsSummary[],
): Array<{ subRegion: string; icss: IcsSummary[] }> {
  const groups = new Map<string, IcsSummary[]>();
  for (const ics of icss) {
    groups.set(ics.subRegion, [...(groups.get(ics.subRegion) ?? []), ics]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([subRegion, members]) => ({ subRegion, icss: members }));
}

/** The ICS directory: every ICS in the region, grouped by sub-region. */
export function IcsDirectory({ icss }: IcsDirectoryProps): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">Integrated care systems</h1>
      <p className="nhsuk-lede-text">
        NHS Midlands has {icss.length} integrated care systems (ICSs). Each is led by an integrated
        care board (ICB) and works with councils, VCSE organisations and other partners in its
        places.
      </p>
      {groupBySubRegion(icss).map((group) => (
        <section
          key={group.subRegion}
          aria-labelledby={`sub-region-${group.subRegion.replace(/\W+/g, '-').toLowerCase()}`}
        >
          <h2 id={`sub-region-${group.subRegion.replace(/\W+/g, '-').toLowerCase()}`}>
            {group.subRegion}
          </h2>
          <ul className="nhsuk-list nhsuk-list--border" data-testid="ics-list">
            {group.icss.map((ics) => (
              <li key={ics.odsCode}>
                <a href={`/ics/${ics.odsCode}`} className="nhsuk-u-font-weight-bold">
                  {ics.shortName}
                </a>
                <br />
                <span className="nhsuk-body-s">
                  {ics.name} (ODS code {ics.odsCode})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
