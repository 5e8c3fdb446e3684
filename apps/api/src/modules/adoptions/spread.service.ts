import { Injectable } from '@nestjs/common';

import { toCaseStudyModel, today } from '../case-studies/case-studies.mapper';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { toIcsModel } from '../directory/directory.mapper';
import { DirectoryRepository } from '../directory/directory.repository';
import { AdoptionStage } from './adoption.enums';
import { AdoptionsRepository } from './adoptions.repository';
import type { SpreadMatrixModel } from './graphql/adoption.model';

/**
 * The regional spread view: three statements (ICSs, published case studies,
 * furthest stage per cell) whatever the number of case studies.
 */
@Injectable()
export class SpreadService {
  constructor(
    private readonly adoptions: AdoptionsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async matrix(theme?: string): Promise<SpreadMatrixModel> {
    const [icss, studies, rows] = await Promise.all([
      this.directory.findAllIcss(),
      this.caseStudies.findPublished(theme),
      this.adoptions.furthestStages(),
    ]);
    const rowOf = new Map(rows.map((r) => [`${r.caseStudyId}/${r.icsId}`, r]));
    const cells = studies.flatMap((cs) =>
      icss.map((ics) => {
        const row = rowOf.get(`${cs.id}/${ics.id}`);
        return {
          icsId: ics.id,
          icsOdsCode: ics.odsCode,
          caseStudyId: cs.id,
          furthestStage: row?.stage ?? null,
          adoptionId: row?.adoptionId ?? null,
          adoptionCount: row?.adoptionCount ?? 0,
          isOrigin: cs.icsId === ics.id,
        };
      }),
    );
    const covered = new Set(
      cells
        .filter((c) => c.isOrigin || (c.furthestStage && c.furthestStage !== AdoptionStage.STOPPED))
        .map((c) => c.icsId),
    );
    const now = today();
    return {
      icss: icss.map(toIcsModel),
      caseStudies: studies.map((cs) => toCaseStudyModel(cs, now)),
      cells,
      gapIcss: icss.filter((ics) => !covered.has(ics.id)).map(toIcsModel),
    };
  }
}
