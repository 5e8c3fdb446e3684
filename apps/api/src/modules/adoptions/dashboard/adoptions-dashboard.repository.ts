import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AdoptionStage } from '../adoption.enums';

/** An adoption as the dashboards count it. */
export interface AdoptionFact {
  id: string;
  caseStudyId: string;
  organisationId: string;
  /** The adopting organisation's ICS when it declared (null: a regional body). */
  icsId: string | null;
  stage: AdoptionStage;
  declaredAt: Date;
}

/** SQL over the adoption table only, for the dashboards. */
@Injectable()
export class AdoptionsDashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every adoption of these case studies (one statement whatever their number). */
  async ofCaseStudies(caseStudyIds: readonly string[]): Promise<AdoptionFact[]> {
    const rows: {
      id: string;
      case_study_id: string;
      organisation_id: string;
      ics_id: string | null;
      stage: AdoptionStage;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT id, case_study_id, organisation_id, ics_id, stage, created_at
         FROM adoption WHERE case_study_id = ANY($1::uuid[])
        ORDER BY created_at, id`,
      [[...caseStudyIds]],
    );
    return rows.map((r) => ({
      id: r.id,
      caseStudyId: r.case_study_id,
      organisationId: r.organisation_id,
      icsId: r.ics_id,
      stage: r.stage,
      declaredAt: r.created_at,
    }));
  }
}
