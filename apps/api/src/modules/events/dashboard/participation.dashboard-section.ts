import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { DashboardSection } from '../../../common/dashboards/dashboard-measure';
import type {
  DashboardPeriod,
  DashboardScope,
  DashboardSectionProvider,
  SectionCell,
  SectionContent,
} from '../../../common/dashboards/dashboard-measure';
import { quarterOf, trendQuarters } from '../../../common/dashboards/period';
import type { PeriodChoice } from '../../../common/dashboards/period';
import { DirectoryRepository } from '../../directory/directory.repository';
import { UsersRepository } from '../../users/users.repository';
import { ATTENDANCE_RULE } from './participation.dashboard-measures';
import { ParticipationRepository } from './participation.repository';

const text = (t: string): SectionCell => ({ text: t, value: null, href: null });
const num = (n: number): SectionCell => ({ text: String(n), value: n, href: null });
const QUARTER_MS = 100 * 86_400_000;

/** The financial year or quarter a dashboard period is. */
export function choiceOf(period: DashboardPeriod | null): PeriodChoice | null {
  if (!period) return null;
  const { financialYear, quarter } = quarterOf(period.from);
  return {
    financialYear,
    quarter: period.to.getTime() - period.from.getTime() < QUARTER_MS ? quarter : null,
  };
}

/**
 * "Participation in regional events" on an ICS dashboard: attendances by
 * organisation type and by quarter, rolled up across events. Three
 * statements whatever the number of events or delegates.
 */
@DashboardSection({
  key: 'participation',
  feature: 'events',
  title: 'Participation in regional events',
  order: 30,
})
@Injectable()
export class ParticipationDashboardSection implements DashboardSectionProvider {
  constructor(
    private readonly participation: ParticipationRepository,
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async load(icsOdsCode: string, scope: DashboardScope): Promise<SectionContent> {
    const now = this.clock.now();
    const quarters = trendQuarters(choiceOf(scope.period), now);
    // With all years, the trend covers the last quarters; the totals cover everything.
    const [facts, types] = await Promise.all([
      this.participation.attendances(scope, now, icsOdsCode),
      this.directory.findOrganisationTypes(),
    ]);
    const contacts = await this.users.organisationsOf([...new Set(facts.map((f) => f.userId))]);
    const orgOf = new Map(contacts.map((c) => [c.id, c.organisationId]));

    const typeLabel = new Map(types.map((t) => [t.key, t.label]));
    const order = new Map(types.map((t) => [t.key, t.sortOrder]));
    const byType = new Map<string, { attendances: number; orgs: Set<string> }>();
    for (const f of facts) {
      const key = f.organisationTypeKey ?? '';
      const row = byType.get(key) ?? { attendances: 0, orgs: new Set<string>() };
      row.attendances += 1;
      const org = orgOf.get(f.userId);
      if (org) row.orgs.add(org);
      byType.set(key, row);
    }
    const typeRows = [...byType.entries()]
      .map(([key, v]) => ({
        label: key ? (typeLabel.get(key) ?? key) : 'Not recorded',
        sort: order.get(key) ?? 9999,
        ...v,
      }))
      .sort((a, b) => a.sort - b.sort || a.label.localeCompare(b.label));
    const perQuarter = quarters.map(
      (q) => facts.filter((f) => f.startsAt >= q.from && f.startsAt < q.to).length,
    );
    const organisations = new Set(
      facts.map((f) => orgOf.get(f.userId)).filter((o): o is string => !!o),
    ).size;
    const trendTotal = perQuarter.reduce((s, n) => s + n, 0);

    return {
      summary: `${facts.length} attendances at regional events by people from ${organisations} organisations in this ICS. ${ATTENDANCE_RULE}`,
      figures: [
        {
          label: 'Attendances at regional events',
          value: facts.length,
          unit: 'attendances',
          atLeast: false,
          href: null,
          note: null,
        },
        {
          label: 'Organisations that attended',
          value: organisations,
          unit: 'organisations',
          atLeast: false,
          href: null,
          note: null,
        },
      ],
      tables: [
        {
          caption: 'Attendances by organisation type',
          columns: [
            { label: 'Organisation type', numeric: false },
            { label: 'Attendances', numeric: true },
            { label: 'Organisations', numeric: true },
          ],
          rows: typeRows.map((r) => ({
            cells: [text(r.label), num(r.attendances), num(r.orgs.size)],
          })),
          empty: 'Nobody from this ICS’s organisations attended a regional event in this period.',
        },
        {
          caption: scope.period
            ? 'Attendances by quarter'
            : `Attendances by quarter (the last ${quarters.length} quarters)`,
          columns: [
            { label: 'Quarter', numeric: false },
            { label: 'Attendances', numeric: true },
          ],
          rows: quarters.map((q, i) => ({ cells: [text(q.label), num(perQuarter[i])] })),
          empty: 'No quarters in this period.',
        },
      ],
      charts: [
        {
          caption: 'Attendances by organisation type',
          kind: 'BAR',
          unit: 'attendances',
          categories: typeRows.map((r) => r.label),
          series: [{ label: 'Attendances', values: typeRows.map((r) => r.attendances) }],
          summary: typeRows.length
            ? `Attendances by organisation type: ${typeRows.map((r) => `${r.label} ${r.attendances}`).join(', ')}.`
            : 'No attendances in this period.',
        },
        {
          caption: scope.period
            ? 'Attendances by quarter'
            : `Attendances by quarter (the last ${quarters.length} quarters)`,
          kind: 'LINE',
          unit: 'attendances',
          categories: quarters.map((q) => q.label),
          series: [{ label: 'Attendances', values: perQuarter }],
          summary: `${trendTotal} attendances from ${quarters[0]?.label ?? ''} to ${quarters[quarters.length - 1]?.label ?? ''}: ${quarters.map((q, i) => `${q.label} ${perQuarter[i]}`).join(', ')}.`,
        },
      ],
    };
  }
}
