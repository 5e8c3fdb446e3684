import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { DashboardMeasures } from '../../../common/dashboards/dashboard-measure';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  MeasureValue,
} from '../../../common/dashboards/dashboard-measure';
import { DirectoryRepository } from '../../directory/directory.repository';
import { UsersRepository } from '../../users/users.repository';
import { ParticipationRepository } from './participation.repository';

const count = (n: number): MeasureValue => ({ value: n, atLeast: false, basis: n });

export const ATTENDANCE_RULE =
  'Attendances at regional events that took place in the period (by the event’s start date), counted for the ICS of the delegate’s organisation as recorded when they registered. Where an event recorded check-ins, only delegates who checked in count (attended); otherwise confirmed places count. Cancelled registrations, waiting lists and cancelled events never count.';

/**
 * Participation measures for every ICS at once: three statements (attendances,
 * the attendees' organisations, the ICSs) whatever the number of events.
 */
@DashboardMeasures({ feature: 'events' })
@Injectable()
export class ParticipationDashboardMeasures implements DashboardMeasureSource {
  constructor(
    private readonly participation: ParticipationRepository,
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async measures(scope: DashboardScope): Promise<ComputedMeasure[]> {
    const [facts, icss] = await Promise.all([
      this.participation.attendanceCounts(scope, this.clock.now()),
      this.directory.findAllIcss(),
    ]);
    const contacts = await this.users.organisationsOf([...new Set(facts.map((f) => f.userId))]);
    const orgOf = new Map(contacts.map((c) => [c.id, c.organisationId]));
    const attendances = new Map<string, number>();
    const organisations = new Map<string, Set<string>>();
    const regionOrgs = new Set<string>();
    let total = 0;
    for (const f of facts) {
      total += f.attendances;
      const org = orgOf.get(f.userId);
      if (org) regionOrgs.add(org);
      if (!f.icsOdsCode) continue;
      attendances.set(f.icsOdsCode, (attendances.get(f.icsOdsCode) ?? 0) + f.attendances);
      const set = organisations.get(f.icsOdsCode) ?? new Set<string>();
      if (org) set.add(org);
      organisations.set(f.icsOdsCode, set);
    }
    const base = {
      group: 'PARTICIPATION' as const,
      themeKey: null,
      perPopulation: true,
      figuresPath: null,
      sources: [],
    };
    return [
      {
        ...base,
        key: 'participation.attendances',
        label: 'Attendances at regional events',
        unit: 'attendances',
        aggregation: `${ATTENDANCE_RULE} A person at two events counts twice. The region also counts delegates from regional bodies with no ICS.`,
        byIcs: new Map(icss.map((i) => [i.odsCode, count(attendances.get(i.odsCode) ?? 0)])),
        region: count(total),
      },
      {
        ...base,
        key: 'participation.organisations',
        label: 'Organisations that attended regional events',
        unit: 'organisations',
        aggregation: `Distinct organisations with at least one attendance, as counted for "Attendances at regional events". ${ATTENDANCE_RULE}`,
        byIcs: new Map(
          icss.map((i) => [i.odsCode, count(organisations.get(i.odsCode)?.size ?? 0)]),
        ),
        region: count(regionOrgs.size),
      },
    ];
  }
}
