import { Injectable } from '@nestjs/common';

import { DashboardMeasures } from '../../../common/dashboards/dashboard-measure';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  MeasureValue,
} from '../../../common/dashboards/dashboard-measure';
import { PracticeReadModel } from '../../case-studies/dashboard/practice.read-model';
import { DirectoryRepository } from '../../directory/directory.repository';
import { AdoptionsDashboardRepository } from './adoptions-dashboard.repository';
import { countedAdoptions, spreadCounts } from './spread-rules';

const count = (n: number): MeasureValue => ({ value: n, atLeast: false, basis: n });

/**
 * Practice spread measures for every ICS at once: three statements (published
 * practice, their adoptions, the ICSs) whatever the number of case studies or adoptions.
 */
@DashboardMeasures({ feature: 'adoptions' })
@Injectable()
export class AdoptionsDashboardMeasures implements DashboardMeasureSource {
  constructor(
    private readonly practice: PracticeReadModel,
    private readonly adoptions: AdoptionsDashboardRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async measures(scope: DashboardScope): Promise<ComputedMeasure[]> {
    // Only the ids and origins of published practice, already of the chosen theme.
    const [practice, icss] = await Promise.all([
      this.practice.publishedOrigins(scope.themeKey),
      this.directory.findAllIcss(),
    ]);
    const facts = await this.adoptions.ofCaseStudies(practice.map((p) => p.id));
    const counts = spreadCounts(
      countedAdoptions(
        practice.map((p) => ({ ...p, themeKeys: [] })),
        facts,
        { period: scope.period, themeKey: null },
      ),
    );
    const perIcs = (m: Map<string, number>) =>
      new Map(icss.map((ics) => [ics.odsCode, count(m.get(ics.id) ?? 0)]));
    const base = {
      group: 'PRACTICE' as const,
      themeKey: null,
      perPopulation: true,
      figuresPath: null,
      sources: [],
    };
    return [
      {
        ...base,
        key: 'practice.adopted-elsewhere',
        label: 'Practice from here adopted elsewhere',
        unit: 'practices',
        aggregation:
          'Published case studies from this ICS (the ICS of the case study) with at least one adoption, declared in the period, by an organisation in another ICS (the adopting organisation’s ICS when it declared). Stopped adoptions are not counted; each practice counts once however many adopters it has.',
        byIcs: perIcs(counts.adoptedElsewhere),
        region: count(counts.region.adoptedElsewhere),
      },
      {
        ...base,
        key: 'practice.adopted-here',
        label: 'Adoptions here of practice from elsewhere',
        unit: 'adoptions',
        aggregation:
          'Adoptions declared in the period by organisations in this ICS (the adopting organisation’s ICS when it declared) of published case studies from another ICS or from a regional body. Stopped adoptions are not counted. The region counts every adoption outside the practice’s own ICS.',
        byIcs: perIcs(counts.adoptedHere),
        region: count(counts.region.adoptedHere),
      },
      {
        ...base,
        key: 'practice.adoptions',
        label: 'Adoptions declared',
        unit: 'adoptions',
        aggregation:
          'Adoptions of published case studies declared in the period, counted for the adopting organisation’s ICS (not the ICS the practice came from), at any stage, including adoptions of its own ICS’s practice and those later stopped. The region also counts adoptions by regional bodies with no ICS.',
        byIcs: perIcs(counts.declared),
        region: count(counts.region.declared),
      },
    ];
  }
}
