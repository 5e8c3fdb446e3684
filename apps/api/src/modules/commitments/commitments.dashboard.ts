import { Injectable } from '@nestjs/common';

import { Clock } from '../../common/clock/clock';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  DashboardSectionProvider,
  MeasureValue,
  SectionContent,
} from '../../common/dashboards/dashboard-measure';
import { DashboardMeasures, DashboardSection } from '../../common/dashboards/dashboard-measure';
import { DirectoryRepository } from '../directory/directory.repository';
import { RagStatus } from './commitment.enums';
import { isOverdue, isoDate, nextUpdateDue } from './commitment-schedule';
import type { CommitmentSnapshot } from './commitments.repository';
import { CommitmentsRepository } from './commitments.repository';

export const RAG_LABELS: Record<RagStatus, string> = {
  [RagStatus.GREEN]: 'Green: on track',
  [RagStatus.AMBER]: 'Amber: at risk',
  [RagStatus.RED]: 'Red: off track',
  [RagStatus.COMPLETE]: 'Complete',
};

const DAY_MS = 86_400_000;

/** A commitment as at the end of the scope's period, with the ICSs it counts for. */
export interface CommitmentStanding extends CommitmentSnapshot {
  icsOdsCodes: string[];
  nextDue: string;
  overdue: boolean;
  onTrack: boolean;
}

/** The date the scope is read at: the last day of the period, or today for all time or a period not yet over. */
export function asOfDate(scope: DashboardScope, now: Date): string {
  const today = isoDate(now);
  if (!scope.period) return today;
  const last = isoDate(new Date(scope.period.to.getTime() - DAY_MS));
  return last < today ? last : today;
}

/** Pure: a commitment's standing at a date (status then, next due then, overdue then). */
export function standing(
  s: CommitmentSnapshot,
  icsOdsCodes: string[],
  asOf: string,
): CommitmentStanding {
  const nextDue = nextUpdateDue(s.cadence, s.createdOn, s.lastUpdateOn);
  return {
    ...s,
    icsOdsCodes,
    nextDue,
    overdue: s.status !== RagStatus.COMPLETE && isOverdue(nextDue, asOf),
    onTrack: s.status === RagStatus.GREEN || s.status === RagStatus.COMPLETE,
  };
}

/** Every commitment's standing in the scope, in three statements whatever the number of commitments. */
@Injectable()
export class CommitmentStandings {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async load(scope: DashboardScope): Promise<CommitmentStanding[]> {
    const snapshots = await this.repo.snapshots(scope.period?.to ?? null, scope.themeKey);
    const orgIds = [...new Set(snapshots.flatMap((s) => s.organisationIds))];
    const links = orgIds.length ? await this.directory.findIcsLinks(orgIds) : [];
    const icsByOrg = new Map<string, string[]>();
    for (const l of links) {
      if (l.ics)
        icsByOrg.set(l.organisationId, [...(icsByOrg.get(l.organisationId) ?? []), l.ics.odsCode]);
    }
    const asOf = asOfDate(scope, this.clock.now());
    return snapshots.map((s) =>
      standing(
        s,
        [...new Set(s.organisationIds.flatMap((id) => icsByOrg.get(id) ?? []))].sort(),
        asOf,
      ),
    );
  }
}

const count = (n: number): MeasureValue => ({ value: n, atLeast: false, basis: n });

/** Pure: total, on-track and overdue counts per ICS (a partnership across ICSs counts once for each) and for the region. */
export function commitmentMeasures(
  standings: CommitmentStanding[],
  icsOdsCodes: string[],
): ComputedMeasure[] {
  const defs = [
    {
      key: 'commitments.total',
      label: 'Commitments made',
      aggregation:
        'Commitments made by the end of the period by organisations in the ICS; a partnership across ICSs counts once in each of them and once for the region.',
      pick: () => true,
    },
    {
      key: 'commitments.on-track',
      label: 'Commitments on track or complete',
      aggregation:
        'Commitments whose latest progress update by the end of the period was green (on track) or complete.',
      pick: (s: CommitmentStanding) => s.onTrack,
    },
    {
      key: 'commitments.overdue',
      label: 'Commitments with an overdue progress update',
      aggregation:
        'Commitments whose next progress update (one review period after the latest update, or after the commitment was made) was due before the end of the period, or before today for a period not yet over.',
      pick: (s: CommitmentStanding) => s.overdue,
    },
  ];
  return defs.map((d) => {
    const picked = standings.filter(d.pick);
    const byIcs = new Map<string, MeasureValue>(icsOdsCodes.map((code) => [code, count(0)]));
    for (const code of icsOdsCodes) {
      byIcs.set(code, count(picked.filter((s) => s.icsOdsCodes.includes(code)).length));
    }
    return {
      key: d.key,
      group: 'COMMITMENTS' as const,
      label: d.label,
      unit: 'commitments',
      themeKey: null,
      aggregation: d.aggregation,
      perPopulation: false,
      figuresPath: '/commitments',
      byIcs,
      sources: [],
      region: count(picked.length),
    };
  });
}

/** Commitments' dashboard measures: made, on track, overdue, for every ICS at once. */
@DashboardMeasures({ feature: 'commitments' })
@Injectable()
export class CommitmentsDashboardMeasures implements DashboardMeasureSource {
  constructor(
    private readonly standings: CommitmentStandings,
    private readonly directory: DirectoryRepository,
  ) {}

  async measures(scope: DashboardScope): Promise<ComputedMeasure[]> {
    const [standings, icss] = await Promise.all([
      this.standings.load(scope),
      this.directory.findAllIcss(),
    ]);
    return commitmentMeasures(
      standings,
      icss.map((i) => i.odsCode),
    );
  }
}

/** The "Commitments" block of an ICS dashboard: this ICS's commitments and their status. */
@DashboardSection({ key: 'commitments', feature: 'commitments', title: 'Commitments', order: 40 })
@Injectable()
export class CommitmentsDashboardSection implements DashboardSectionProvider {
  constructor(
    private readonly standings: CommitmentStandings,
    private readonly directory: DirectoryRepository,
  ) {}

  async load(icsOdsCode: string, scope: DashboardScope): Promise<SectionContent> {
    const mine = (await this.standings.load(scope)).filter((s) =>
      s.icsOdsCodes.includes(icsOdsCode),
    );
    const leads = [
      ...new Set(mine.map((s) => s.leadOrganisationId ?? s.organisationIds[0]).filter(Boolean)),
    ];
    const names = new Map(
      (leads.length ? await this.directory.findOrganisationsByIds(leads) : []).map((o) => [
        o.id,
        o.name,
      ]),
    );
    return commitmentsSection(icsOdsCode, mine, names);
  }
}

/** Pure: the section's figures and table. */
export function commitmentsSection(
  icsOdsCode: string,
  mine: CommitmentStanding[],
  names: Map<string, string>,
): SectionContent {
  const onTrack = mine.filter((s) => s.onTrack).length;
  const overdue = mine.filter((s) => s.overdue).length;
  const href = `/commitments?ics=${encodeURIComponent(icsOdsCode)}`;
  return {
    summary: mine.length
      ? `${mine.length} commitment${mine.length === 1 ? '' : 's'} by organisations in this ICS: ${onTrack} on track or complete, ${overdue} with an overdue progress update.`
      : null,
    figures: [
      {
        label: 'Commitments made',
        value: mine.length,
        unit: 'commitments',
        atLeast: false,
        href,
        note: null,
      },
      {
        label: 'On track or complete',
        value: onTrack,
        unit: 'commitments',
        atLeast: false,
        href,
        note: null,
      },
      {
        label: 'Progress update overdue',
        value: overdue,
        unit: 'commitments',
        atLeast: false,
        href: `${href}&overdue=yes`,
        note: null,
      },
    ],
    tables: [
      {
        caption: "This ICS's commitments and their status",
        columns: [
          { label: 'Commitment', numeric: false },
          { label: 'Lead organisation', numeric: false },
          { label: 'Status', numeric: false },
          { label: 'Last update', numeric: false },
          { label: 'Next update due', numeric: false },
          { label: 'Overdue', numeric: false },
        ],
        rows: mine.map((s) => {
          const link = `/commitments/${s.id}`;
          const lead = s.leadOrganisationId ?? s.organisationIds[0] ?? null;
          return {
            cells: [
              { text: s.title ?? s.statement, value: null, href: link },
              { text: (lead && names.get(lead)) || 'Unknown', value: null, href: link },
              { text: s.status ? RAG_LABELS[s.status] : 'No update yet', value: null, href: link },
              { text: s.lastUpdateOn ?? 'None', value: null, href: link },
              { text: s.nextDue, value: null, href: link },
              { text: s.overdue ? 'Overdue' : 'No', value: null, href: link },
            ],
          };
        }),
        empty: 'No organisation in this ICS has recorded a commitment yet.',
      },
    ],
    charts: [],
  };
}
