import type { MetricDictionaryQuery } from '@mic/web-data-access';
import { Button, InsetText, TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { METRIC_DIRECTION_LABELS } from '../utils/metric-form';

export interface MetricDictionaryProps {
  metrics: MetricDictionaryQuery['metrics'];
  /** Regional admins: show "Add a metric" and a "Change" link per metric. */
  canManage: boolean;
  /** The key of a metric just added or changed, for the confirmation. */
  savedKey?: string;
}

/** The regional metric dictionary as an NHS table. */
export function MetricDictionary({
  metrics,
  canManage,
  savedKey,
}: MetricDictionaryProps): ReactElement {
  const saved = savedKey ? metrics.find((m) => m.key === savedKey) : undefined;
  return (
    <>
      <h1 className="nhsuk-heading-xl">Metric dictionary</h1>
      <p className="nhsuk-lede-text">
        The regional definitions outcome figures are recorded against, so that practice can be
        compared across the 11 integrated care systems.
      </p>
      <p>
        Counts can also be compared per 100,000 residents of each integrated care system, as on the
        &quot;Origin and adopters side by side&quot; tables of{' '}
        <a href="/case-studies">case studies</a>. Shares and rates are compared as reported.
      </p>
      {saved ? (
        <InsetText>
          <p data-testid="metric-saved">Saved: {saved.label}.</p>
        </InsetText>
      ) : null}
      {canManage ? <Button href="/metrics/new">Add a metric</Button> : null}
      <TableScroll labelledBy="metric-dictionary-caption" stickyFirstColumn>
        <table className="nhsuk-table" data-testid="metric-dictionary">
          <caption className="nhsuk-table__caption" id="metric-dictionary-caption">
            Metrics ({metrics.length})
          </caption>
          <TableHead
            rowClass
            columns={[
              'Metric',
              'Unit',
              'Definition',
              'Direction',
              'Per 100,000 residents',
              ...(canManage
                ? [{ text: <span className="nhsuk-u-visually-hidden">Actions</span> }]
                : []),
            ]}
          />
          <tbody className="nhsuk-table__body">
            {metrics.map((m) => (
              <tr
                key={m.key}
                className="nhsuk-table__row"
                id={`metric-${m.key.toLowerCase()}`}
                data-metric={m.key}
              >
                <th scope="row" className="nhsuk-table__header">
                  {m.label}
                  <br />
                  <span className="nhsuk-body-s nhsuk-u-font-weight-normal">Key: {m.key}</span>
                </th>
                <td className="nhsuk-table__cell">{m.unit}</td>
                <td className="nhsuk-table__cell">{m.definition}</td>
                <td className="nhsuk-table__cell">{METRIC_DIRECTION_LABELS[m.direction]}</td>
                <td className="nhsuk-table__cell">
                  {m.perPopulation ? 'Yes: a count' : 'No: a share or rate'}
                </td>
                {canManage ? (
                  <td className="nhsuk-table__cell">
                    <a href={`/metrics/${encodeURIComponent(m.key)}/edit`}>
                      Change<span className="nhsuk-u-visually-hidden"> {m.label}</span>
                    </a>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
