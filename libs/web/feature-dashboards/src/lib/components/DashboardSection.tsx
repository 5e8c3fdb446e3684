import type { ReactElement } from 'react';

import { formatMeasureValue } from '../utils/format';
import type { ChartView } from './Chart';
import { Chart } from './Chart';
import type { DataTableView } from './DataTable';
import { DataTable } from './DataTable';

export interface SectionView {
  key: string;
  title: string;
  summary: string | null;
  figures: ReadonlyArray<{
    label: string;
    value: number | null;
    unit: string;
    atLeast: boolean;
    note: string | null;
    href: string | null;
  }>;
  tables: ReadonlyArray<DataTableView>;
  charts: ReadonlyArray<ChartView>;
}

function slug(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'x'
  );
}

/** A dashboard section, whatever feature contributed it: figures as cards, then charts, then tables. */
export function DashboardSection({ section }: { section: SectionView }): ReactElement {
  const base = `section-${slug(section.key)}`;
  return (
    <section
      aria-labelledby={`${base}-heading`}
      data-testid="dashboard-section"
      data-key={section.key}
    >
      <h2 id={`${base}-heading`}>{section.title}</h2>
      {section.summary ? <p>{section.summary}</p> : null}
      {section.figures.length > 0 ? (
        <div className="mic-measure-grid">
          {section.figures.map((figure) => (
            <div className="nhsuk-card mic-measure" key={figure.label}>
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-s">{figure.label}</h3>
                <p className="nhsuk-heading-l nhsuk-u-margin-bottom-2">
                  {formatMeasureValue(figure.value, figure.unit, figure.atLeast)}
                </p>
                {figure.note ? (
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">{figure.note}</p>
                ) : null}
                {figure.href ? (
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                    <a href={figure.href}>
                      See the figures behind this total
                      <span className="nhsuk-u-visually-hidden"> ({figure.label})</span>
                    </a>
                  </p>
                ) : null}
              </div>
            </div>
          ))}
        </div>
      ) : null}
      {section.charts.map((chart, i) => (
        <Chart key={`c-${i}`} chart={chart} id={`${base}-chart-${i}`} />
      ))}
      {section.tables.map((table, i) => (
        <DataTable key={`t-${i}`} table={table} id={`${base}-table-${i}`} />
      ))}
    </section>
  );
}
