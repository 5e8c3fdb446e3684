import type { SpreadMatrixQuery } from '@mic/web-data-access';
import { Button, FilterSelect, TableScroll, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { shortTitle, spreadCellView, spreadLegend } from '../utils/spread';

export interface SpreadMatrixViewProps {
  data: SpreadMatrixQuery;
  theme?: string;
}

/**
 * The spread view as a table: one row per ICS, one column per published case
 * study. Each cell says, in words and with an NHS tag colour, how far the
 * practice has got in that ICS: the origin, the furthest adoption (linked to
 * it), region-wide practice, or none. Column headings are short titles with
 * the full title for screen readers and on hover; the table scrolls inside
 * its own region on narrow screens with the ICS column kept in view.
 */
export function SpreadMatrixView({ data, theme }: SpreadMatrixViewProps): ReactElement {
  const { spreadMatrix: m } = data;
  const cell = new Map(m.cells.map((c) => [`${c.icsOdsCode}/${c.caseStudyId}`, c]));
  const themeLabel = data.themes.find((t) => t.key === theme)?.label;
  const hasRegionWide = m.caseStudies.some((cs) => !cs.ics);
  return (
    <>
      <h1 className="nhsuk-heading-xl">Spread of practice across the Midlands</h1>
      <p>
        Where each published case study came from, and how far organisations in each integrated care
        system (ICS) have got in adopting it.
      </p>
      <form method="get" action="/spread" aria-label="Filter by theme">
        <FilterSelect
          id="theme"
          label="Theme"
          anyText="All themes"
          options={data.themes.map((t) => ({ value: t.key, text: t.label }))}
          value={theme}
        />
        <Button variant="secondary">Show</Button>
      </form>
      <h2 className="nhsuk-heading-m">
        ICSs with no adoption{themeLabel ? ` of ${themeLabel.toLowerCase()} practice` : ''}
      </h2>
      {hasRegionWide ? (
        <p className="nhsuk-hint">
          Region-wide practice is not counted here: it shows as Region-wide in every ICS below.
        </p>
      ) : null}
      {m.gapIcss.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="gap-list">
          {m.gapIcss.map((ics) => (
            <li key={ics.odsCode}>{ics.shortName}</li>
          ))}
        </ul>
      ) : (
        <p>Every ICS has adopted or originated at least one of these case studies.</p>
      )}
      <h2 className="nhsuk-heading-m" id="spread-key">
        Key
      </h2>
      <dl
        className="mic-spread-legend nhsuk-body-s"
        aria-labelledby="spread-key"
        data-testid="spread-legend"
      >
        {spreadLegend().map((entry) => (
          <div key={entry.label}>
            <dt>{entry.colour ? <Tag colour={entry.colour}>{entry.label}</Tag> : entry.label}</dt>
            <dd>{entry.description}</dd>
          </div>
        ))}
      </dl>
      {m.caseStudies.length === 0 ? (
        <p>No published case studies{themeLabel ? ` on ${themeLabel.toLowerCase()}` : ''} yet.</p>
      ) : (
        <TableScroll labelledBy="spread-caption" stickyFirstColumn>
          <table className="nhsuk-table mic-spread" data-testid="spread-matrix">
            <caption className="nhsuk-table__caption nhsuk-table__caption--m" id="spread-caption">
              Furthest adoption stage by ICS{themeLabel ? ` (${themeLabel})` : ''}
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  ICS
                </th>
                {m.caseStudies.map((cs) => {
                  const short = shortTitle(cs.title);
                  return (
                    <th
                      key={cs.id}
                      scope="col"
                      className="nhsuk-table__header"
                      data-case-study={cs.slug}
                    >
                      <a href={`/case-studies/${cs.slug}`}>
                        {short === cs.title ? (
                          cs.title
                        ) : (
                          <>
                            <abbr title={cs.title} aria-hidden="true">
                              {short}
                            </abbr>
                            <span className="nhsuk-u-visually-hidden">{cs.title}</span>
                          </>
                        )}
                      </a>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {m.icss.map((ics) => (
                <tr key={ics.odsCode} className="nhsuk-table__row" data-ics={ics.odsCode}>
                  <th scope="row" className="nhsuk-table__header">
                    {ics.shortName}
                  </th>
                  {m.caseStudies.map((cs) => {
                    const view = spreadCellView(cell.get(`${ics.odsCode}/${cs.id}`), {
                      slug: cs.slug,
                      regionWide: !cs.ics,
                    });
                    const tag = view.colour ? (
                      <Tag colour={view.colour}>{view.label}</Tag>
                    ) : (
                      view.label
                    );
                    return (
                      <td
                        key={cs.id}
                        className="nhsuk-table__cell"
                        data-case-study={cs.slug}
                        data-kind={view.kind}
                      >
                        {view.kind === 'stage' && view.href ? (
                          <a
                            href={view.href}
                            aria-label={`${view.label}: adoption in ${ics.shortName} of ${cs.title}`}
                          >
                            {tag}
                          </a>
                        ) : (
                          tag
                        )}
                        {view.more ? (
                          <a
                            className="mic-spread__more"
                            href={`/case-studies/${cs.slug}#adopters`}
                          >
                            and {view.more} more
                            <span className="nhsuk-u-visually-hidden"> in {ics.shortName}</span>
                          </a>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
