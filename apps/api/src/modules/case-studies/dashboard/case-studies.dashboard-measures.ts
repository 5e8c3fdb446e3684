import { Injectable } from '@nestjs/common';

import { DashboardMeasures } from '../../../common/dashboards/dashboard-measure';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  MeasureValue,
} from '../../../common/dashboards/dashboard-measure';
import { DirectoryRepository } from '../../directory/directory.repository';
import { PracticeReadModel } from './practice.read-model';

/**
 * `practice.published`: published case studies counted for the ICS they
 * came from, in the period by published date. Two statements (the counts,
 * the ICSs) whatever the number of case studies.
 */
@DashboardMeasures({ feature: 'case-studies' })
@Injectable()
export class CaseStudiesDashboardMeasures implements DashboardMeasureSource {
  constructor(
    private readonly practice: PracticeReadModel,
    private readonly directory: DirectoryRepository,
  ) {}

  async measures(scope: DashboardScope): Promise<ComputedMeasure[]> {
    const [counts, icss] = await Promise.all([
      this.practice.publishedCountsByIcs(scope),
      this.directory.findAllIcss(),
    ]);
    const byIcsId = new Map(counts.map((c) => [c.icsId, c.count]));
    const count = (n: number): MeasureValue => ({ value: n, atLeast: false, basis: n });
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    return [
      {
        key: 'practice.published',
        group: 'PRACTICE',
        label: 'Case studies published',
        unit: 'case studies',
        themeKey: null,
        aggregation:
          'Published case studies counted for the ICS of the case study (where the practice came from), by the date each was published; drafts, case studies awaiting review and archived case studies are not counted. The region also counts practice from regional bodies with no ICS.',
        perPopulation: true,
        figuresPath: '/case-studies',
        byIcs: new Map(icss.map((ics) => [ics.odsCode, count(byIcsId.get(ics.id) ?? 0)])),
        sources: [],
        region: count(total),
      },
    ];
  }
}
