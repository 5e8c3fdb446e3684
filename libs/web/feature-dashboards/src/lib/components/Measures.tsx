import type { ReactElement } from 'react';

import { formatBasis, formatMeasureValue, formatPer100k } from '../utils/format';

/** A measure as the dashboards show it (DashboardMeasure). */
export interface MeasureView {
  key: string;
  group: string;
  label: string;
  unit: string;
  themeKey: string | null;
  value: number | null;
  atLeast: boolean;
  basis: number;
  per100k: number | null;
  aggregation: string;
  figuresUrl: string | null;
}

export interface ThemeView {
  key: string;
  label: string;
}

/** One measure as an NHS card: value in its unit, n, per 100,000 and the figures behind it. */
export function MeasureCard({ measure }: { measure: MeasureView }): ReactElement {
  const per100k = formatPer100k(measure.per100k, measure.atLeast);
  return (
    <div className="nhsuk-card mic-measure" data-testid="dashboard-measure" data-key={measure.key}>
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-card__heading nhsuk-heading-s">{measure.label}</h4>
        <p className="nhsuk-heading-l nhsuk-u-margin-bottom-2" data-testid="measure-value">
          {formatMeasureValue(measure.value, measure.unit, measure.atLeast)}
        </p>
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
          {formatBasis(measure.basis)}
          {per100k ? <> · {per100k}</> : null}
        </p>
        {measure.figuresUrl ? (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <a href={measure.figuresUrl}>
              See the figures behind this total
              <span className="nhsuk-u-visually-hidden"> ({measure.label})</span>
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** Groups measures by theme, in the order of `themes`; measures without a theme come last. */
export function groupByTheme<T extends { themeKey: string | null }>(
  measures: ReadonlyArray<T>,
  themes: ReadonlyArray<ThemeView>,
): { key: string | null; label: string; measures: T[] }[] {
  const groups: { key: string | null; label: string; measures: T[] }[] = [];
  for (const theme of themes) {
    const inTheme = measures.filter((m) => m.themeKey === theme.key);
    if (inTheme.length > 0) groups.push({ key: theme.key, label: theme.label, measures: inTheme });
  }
  const known = new Set(themes.map((t) => t.key));
  const rest = measures.filter((m) => m.themeKey === null || !known.has(m.themeKey));
  if (rest.length > 0) groups.push({ key: null, label: 'Other measures', measures: rest });
  return groups;
}

export interface MeasureGroupsProps {
  measures: ReadonlyArray<MeasureView>;
  themes: ReadonlyArray<ThemeView>;
  /** Shown when there are no measures. */
  empty: string;
}

/** Measures by theme: a heading per theme, then its cards. */
export function MeasuresByTheme({ measures, themes, empty }: MeasureGroupsProps): ReactElement {
  if (measures.length === 0) return <p>{empty}</p>;
  return (
    <>
      {groupByTheme(measures, themes).map((group) => (
        <section key={group.key ?? 'other'} aria-label={group.label} className="mic-measure-group">
          <h3>{group.label}</h3>
          <div className="mic-measure-grid">
            {group.measures.map((m) => (
              <MeasureCard key={m.key} measure={m} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

const GROUP_LABELS: Record<string, string> = {
  OUTCOMES: 'Outcomes',
  PRACTICE: 'Practice and spread',
  PARTICIPATION: 'Participation',
  COMMITMENTS: 'Commitments',
};

/** "Practice and spread" for PRACTICE, etc. */
export function measureGroupLabel(group: string): string {
  return GROUP_LABELS[group] ?? group.charAt(0) + group.slice(1).toLowerCase();
}

/** Other measures, by group (practice, participation, commitments). */
export function MeasuresByGroup({
  measures,
}: {
  measures: ReadonlyArray<MeasureView>;
}): ReactElement | null {
  if (measures.length === 0) return null;
  const groups = [...new Set(measures.map((m) => m.group))];
  return (
    <>
      {groups.map((group) => (
        <section key={group} aria-label={measureGroupLabel(group)} className="mic-measure-group">
          <h3>{measureGroupLabel(group)}</h3>
          <div className="mic-measure-grid">
            {measures
              .filter((m) => m.group === group)
              .map((m) => (
                <MeasureCard key={m.key} measure={m} />
              ))}
          </div>
        </section>
      ))}
    </>
  );
}

export interface HowCalculatedProps {
  rules: ReadonlyArray<string>;
  measures: ReadonlyArray<Pick<MeasureView, 'key' | 'label' | 'aggregation'>>;
}

/** "How these figures are calculated": the aggregation rules and each measure's rule (NHS details). */
export function HowCalculated({ rules, measures }: HowCalculatedProps): ReactElement {
  return (
    <details className="nhsuk-details" data-testid="how-calculated">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">How these figures are calculated</span>
      </summary>
      <div className="nhsuk-details__text">
        {rules.length > 0 ? (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        ) : null}
        {measures.length > 0 ? (
          <>
            <h3 className="nhsuk-heading-s">Each measure</h3>
            <ul className="nhsuk-list nhsuk-list--bullet" data-testid="measure-rules">
              {measures.map((m) => (
                <li key={m.key}>
                  <strong>{m.label}:</strong> {m.aggregation}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
