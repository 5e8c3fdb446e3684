import type { SpreadMatrixQuery } from '@mic/web-data-access';
import { Button, Select } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { ADOPTION_STAGE_LABELS } from '../utils/case-study-params';

export interface SpreadMatrixViewProps {
  data: SpreadMatrixQuery;
  theme?: string;
}

/**
 * The spread view as a table: one row per ICS, one column per published case
 * study, each cell the furthest adoption stage ("Origin" where it comes from).
 */
export function SpreadMatrixView({ data, theme }: SpreadMatrixViewProps): ReactElement {
  const { spreadMatrix: m } = data;
  const cell = new Map(m.cells.map((c) => [`${c.icsOdsCode}/${c.caseStudyId}`, c]));
  const themeLabel = data.themes.find((t) => t.key === theme)?.label;
  return (
    <>
      <h1 className="nhsuk-heading-xl">Spread of practice across the Midlands</h1>
      <form method="get" action="/spread" aria-label="Filter by theme">
        <Select
          id="theme"
          label="Theme"
          options={[
            { value: '', text: 'All themes' },
            ...data.themes.map((t) => ({ value: t.key, text: t.label })),
          ]}
          defaultValue={theme ?? ''}
        />
        <Button variant="secondary">Show</Button>
      </form>
      <h2 className="nhsuk-heading-m">
        ICSs with no adoption{themeLabel ? ` of ${themeLabel.toLowerCase()} practice` : ''}
      </h2>
      {m.gapIcss.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="gap-list">
          {m.gapIcss.map((ics) => (
            <li key={ics.odsCode}>{ics.shortName}</li>
          ))}
        </ul>
      ) : (
        <p>Every ICS has adopted or originated at least one of these case studies.</p>
      )}
      <div className="nhsuk-table-container" tabIndex={0} role="region" aria-label="Spread matrix">
        <table className="nhsuk-table" data-testid="spread-matrix">
          <caption className="nhsuk-table__caption">
            Furthest adoption stage by ICS{themeLabel ? ` (${themeLabel})` : ''}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                ICS
              </th>
              {m.caseStudies.map((cs) => (
                <th key={cs.id} scope="col" className="nhsuk-table__header">
                  <a href={`/case-studies/${cs.slug}`}>{cs.title}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {m.icss.map((ics) => (
              <tr key={ics.odsCode} className="nhsuk-table__row" data-ics={ics.odsCode}>
                <th scope="row" className="nhsuk-table__header">
                  {ics.shortName}
                </th>
                {m.caseStudies.map((cs) => {
                  const c = cell.get(`${ics.odsCode}/${cs.id}`);
                  const text = c?.isOrigin
                    ? 'Origin'
                    : c?.furthestStage
                      ? (ADOPTION_STAGE_LABELS[c.furthestStage] ?? c.furthestStage)
                      : 'None';
                  return (
                    <td key={cs.id} className="nhsuk-table__cell" data-case-study={cs.slug}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
