import type { CaseStudyOutcomeFiguresQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { figureDate, figurePeriodText, figureValueText } from '../utils/outcome-figures';

type FiguresCaseStudy = NonNullable<CaseStudyOutcomeFiguresQuery['caseStudy']>;

export interface OutcomeFigureListProps {
  caseStudy: Pick<FiguresCaseStudy, 'outcomes' | 'removedOutcomes'>;
  /** e.g. `/case-studies/<slug>/outcomes`: shows Change and Remove links (editors only). */
  manageBase?: string;
}

/**
 * Current figures with what they cover, their source, who entered them and
 * when, and the earlier values they corrected; then the removed figures, with
 * why. Plain HTML (no JavaScript).
 */
export function OutcomeFigureList({ caseStudy, manageBase }: OutcomeFigureListProps): ReactElement {
  const rows = caseStudy.outcomes.flatMap((s) =>
    s.measurements.map((m) => ({ metric: s.metric, m })),
  );
  return (
    <>
      {rows.length === 0 ? (
        <p data-testid="no-outcome-figures">No outcome figures have been recorded yet.</p>
      ) : (
        <table className="nhsuk-table" data-testid="outcome-figures">
          <caption className="nhsuk-table__caption">Current outcome figures</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Figure</th>
              <th scope="col">Covers</th>
              <th scope="col">Source and history</th>
              {manageBase ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map(({ metric, m }) => (
              <tr key={m.id}>
                <th scope="row">{metric.label}</th>
                <td>
                  {figureValueText(m, metric.unit)}
                  {m.baseline !== null && m.baseline !== undefined ? (
                    <>
                      <br />
                      <span className="nhsuk-body-s">
                        Baseline {figureValueText({ value: m.baseline }, metric.unit)}
                      </span>
                    </>
                  ) : null}
                </td>
                <td>{figurePeriodText(m)}</td>
                <td>
                  {m.sourceUrl ? (
                    <a href={m.sourceUrl}>{m.sourceTitle || m.sourceUrl}</a>
                  ) : (
                    m.sourceTitle
                  )}
                  {m.note ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{m.note}</p> : null}
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                    Entered by {m.enteredBy ?? 'someone no longer on the Commons'} on{' '}
                    {figureDate(m.createdAt)}
                  </p>
                  {m.previousVersions.map((p) => (
                    <p
                      className="nhsuk-body-s nhsuk-u-margin-bottom-0"
                      key={p.id}
                      data-testid="figure-correction"
                    >
                      Corrected on {figureDate(p.supersededAt ?? m.createdAt)}: was{' '}
                      {figureValueText(p, metric.unit)} ({figurePeriodText(p)})
                      {p.enteredBy ? `, entered by ${p.enteredBy}` : ''}
                    </p>
                  ))}
                  {m.correctionReason ? (
                    <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                      Reason for correction: {m.correctionReason}
                    </p>
                  ) : null}
                </td>
                {manageBase ? (
                  <td>
                    <a href={`${manageBase}/${m.id}/correct`}>
                      Change<span className="nhsuk-u-visually-hidden"> {metric.label} figure</span>
                    </a>
                    <br />
                    <a href={`${manageBase}/${m.id}/remove`}>
                      Remove<span className="nhsuk-u-visually-hidden"> {metric.label} figure</span>
                    </a>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {caseStudy.removedOutcomes.length ? (
        <table className="nhsuk-table" data-testid="removed-outcome-figures">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            Removed figures (not counted)
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Figure</th>
              <th scope="col">Covers</th>
              <th scope="col">Removed</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {caseStudy.removedOutcomes.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.metric.label}</th>
                <td>{figureValueText(m, m.metric.unit)}</td>
                <td>{figurePeriodText(m)}</td>
                <td>
                  {m.removedAt ? figureDate(m.removedAt) : ''}: {m.removalReason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
