import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatBasis, formatMeasureValue, formatNumber, formatPer100k } from '../utils/format';
import type { RegionMeasureView } from './HexMap';
import { mappedValue } from './HexMap';

/** The mapped measure for every ICS (the table beside the map): ICS, value, per 100k, n, figures. */
export function RegionMeasureTable({
  measure,
  linkQuery = '',
}: {
  measure: RegionMeasureView;
  linkQuery?: string;
}): ReactElement {
  return (
    <TableScroll labelledBy="region-measure-caption">
      <table className="nhsuk-table" data-testid="region-measure-table">
        <caption
          className="nhsuk-table__caption nhsuk-table__caption--s"
          id="region-measure-caption"
        >
          {measure.label} by ICS
        </caption>
        <TableHead
          columns={[
            'ICS',
            { text: 'Value', numeric: true },
            { text: 'Per 100,000 residents', numeric: true },
            { text: 'Records (n)', numeric: true },
            'Figures',
          ]}
        />
        <tbody className="nhsuk-table__body">
          {measure.icss.map((row) => (
            <tr className="nhsuk-table__row" key={row.ics.odsCode}>
              <th scope="row" className="nhsuk-table__header">
                <a href={`/ics/${row.ics.odsCode}${linkQuery}`}>{row.ics.shortName}</a>
              </th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {row.value === null
                  ? '—'
                  : formatMeasureValue(row.value, measure.unit, row.atLeast)}
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {row.per100k === null
                  ? '—'
                  : `${row.atLeast ? 'at least ' : ''}${formatNumber(row.per100k)}`}
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {formatNumber(row.basis, 0)}
              </td>
              <td className="nhsuk-table__cell">
                {row.figuresUrl ? (
                  <a href={row.figuresUrl}>
                    See the figures
                    <span className="nhsuk-u-visually-hidden"> for {row.ics.shortName}</span>
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Region totals for a measure: value, per 100,000 and the region population. */
export function RegionTotals({
  measure,
  population,
}: {
  measure: RegionMeasureView;
  population: number;
}): ReactElement {
  const per100k = formatPer100k(measure.regionPer100k, measure.regionAtLeast);
  return (
    <dl className="nhsuk-summary-list" data-testid="region-totals">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Midlands total: {measure.label}</dt>
        <dd className="nhsuk-summary-list__value">
          {formatMeasureValue(measure.regionValue, measure.unit, measure.regionAtLeast)} (
          {formatBasis(measure.regionBasis)})
        </dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Per 100,000 residents</dt>
        <dd className="nhsuk-summary-list__value">{per100k ?? 'Not given for this measure'}</dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Population</dt>
        <dd className="nhsuk-summary-list__value">
          {formatNumber(population, 0)} (ONS Census 2021)
        </dd>
      </div>
    </dl>
  );
}

/**
 * All 11 ICSs on every measure side by side: per 100,000 residents for counts of people, else the
 * value in its unit; "—" where there is no data. The region is the last row.
 */
export function RegionComparisonTable({
  measures,
  linkQuery = '',
}: {
  measures: ReadonlyArray<RegionMeasureView>;
  linkQuery?: string;
}): ReactElement {
  if (measures.length === 0) return <p>No measures have figures for this period yet.</p>;
  const icss = measures[0].icss.map((r) => r.ics);
  const cell = (
    m: RegionMeasureView,
    row: { value: number | null; per100k: number | null; atLeast: boolean },
  ) => {
    const v = mappedValue(m, row);
    if (v === null) return '—';
    return m.perPopulation
      ? `${row.atLeast ? 'at least ' : ''}${formatNumber(v)}`
      : formatMeasureValue(v, m.unit, row.atLeast);
  };
  return (
    <TableScroll labelledBy="region-comparison-caption" stickyFirstColumn>
      <table className="nhsuk-table" data-testid="region-comparison-table">
        <caption
          className="nhsuk-table__caption nhsuk-table__caption--s"
          id="region-comparison-caption"
        >
          Every measure for every ICS (per 100,000 residents where marked)
        </caption>
        <TableHead
          columns={[
            'ICS',
            ...measures.map((m) => ({
              text: m.perPopulation ? `${m.label} (per 100,000)` : m.label,
              numeric: true,
            })),
          ]}
        />
        <tbody className="nhsuk-table__body">
          {icss.map((ics) => (
            <tr className="nhsuk-table__row" key={ics.odsCode}>
              <th scope="row" className="nhsuk-table__header">
                <a href={`/ics/${ics.odsCode}${linkQuery}`}>{ics.shortName}</a>
              </th>
              {measures.map((m) => {
                const row = m.icss.find((r) => r.ics.odsCode === ics.odsCode);
                return (
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={m.key}>
                    {row ? cell(m, row) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              Midlands
            </th>
            {measures.map((m) => (
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={m.key}>
                {cell(m, {
                  value: m.regionValue,
                  per100k: m.regionPer100k,
                  atLeast: m.regionAtLeast,
                })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
