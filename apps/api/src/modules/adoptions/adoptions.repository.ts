import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { caseStudiesReadModel } from '../case-studies/case-studies.read-model';
import { directoryReadModel } from '../directory/directory.read-model';
import type { AdoptionStage } from './adoption.enums';
import { AdaptationEntity } from './entities/adaptation.entity';
import { AdoptionEntity } from './entities/adoption.entity';
import { AdoptionStageChangeEntity } from './entities/adoption-stage-change.entity';

export interface SpreadRow {
  caseStudyId: string;
  icsId: string;
  stage: AdoptionStage;
  /** The adoption at that stage (the earliest declared on a tie). */
  adoptionId: string;
  /** Adoptions of the case study in the ICS. */
  adoptionCount: number;
}

/** All SQL for adoptions and the spread views. */
/** An adoption as dashboard practice (see `practiceRefs`). */
export interface AdoptionPracticeRef {
  id: string;
  organisationId: string;
  /** The adopting organisation's ICS: where its figures count. */
  icsOdsCode: string | null;
  caseStudyId: string;
  caseStudySlug: string;
  caseStudyTitle: string;
}

@Injectable()
export class AdoptionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  findById(id: string, manager?: EntityManager): Promise<AdoptionEntity | null> {
    return (manager ?? this.db.manager).findOneBy(AdoptionEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<AdoptionEntity[]> {
    return this.db.getRepository(AdoptionEntity).findBy({ id: In([...ids]) });
  }

  /** Adoptions of public (published or archived) case studies only. */
  find(filter: { caseStudyId?: string; icsOdsCode?: string }): Promise<AdoptionEntity[]> {
    const qb = this.db
      .getRepository(AdoptionEntity)
      .createQueryBuilder('a')
      .innerJoin('a.caseStudy', 'cs', `cs.status IN ('PUBLISHED', 'ARCHIVED')`);
    if (filter.caseStudyId) qb.andWhere('a.case_study_id = :cs', { cs: filter.caseStudyId });
    if (filter.icsOdsCode) {
      qb.andWhere(`a.ics_id = ${directoryReadModel.icsIdByOdsCode(':ods')}`, {
        ods: filter.icsOdsCode,
      });
    }
    return qb.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  /** Adoptions these people declared, newest first (one statement). */
  findByDeclarerIds(userIds: readonly string[]): Promise<AdoptionEntity[]> {
    return this.db.getRepository(AdoptionEntity).find({
      where: { declaredById: In([...userIds]) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  findByCaseStudyIds(ids: readonly string[]): Promise<AdoptionEntity[]> {
    return this.db
      .getRepository(AdoptionEntity)
      .find({ where: { caseStudyId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async countByCaseStudyIds(
    ids: readonly string[],
  ): Promise<{ caseStudyId: string; count: number }[]> {
    const rows: { case_study_id: string; count: string }[] = await this.db.query(
      `SELECT case_study_id, count(*) AS count FROM adoption WHERE case_study_id = ANY($1::uuid[]) GROUP BY case_study_id`,
      [[...ids]],
    );
    return rows.map((r) => ({ caseStudyId: r.case_study_id, count: Number(r.count) }));
  }

  findStageChanges(adoptionIds: readonly string[]): Promise<AdoptionStageChangeEntity[]> {
    return this.db.getRepository(AdoptionStageChangeEntity).find({
      where: { adoptionId: In([...adoptionIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findAdaptations(adoptionIds: readonly string[]): Promise<AdaptationEntity[]> {
    return this.db.getRepository(AdaptationEntity).find({
      where: { adoptionId: In([...adoptionIds]) },
      order: { createdAt: 'ASC' },
    });
  }

  async insert(manager: EntityManager, row: Partial<AdoptionEntity>): Promise<AdoptionEntity> {
    return manager.save(manager.create(AdoptionEntity, row));
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<AdoptionEntity>,
  ): Promise<void> {
    if (Object.keys(changes).length) await manager.update(AdoptionEntity, { id }, changes as never);
  }

  async insertStageChange(
    manager: EntityManager,
    row: Pick<
      AdoptionStageChangeEntity,
      'adoptionId' | 'stage' | 'changedOn' | 'reason' | 'changedById'
    >,
  ): Promise<void> {
    await manager.insert(AdoptionStageChangeEntity, row);
  }

  async insertAdaptations(
    manager: EntityManager,
    rows: Pick<
      AdaptationEntity,
      'adoptionId' | 'component' | 'decision' | 'detail' | 'createdById'
    >[],
  ): Promise<void> {
    if (rows.length) await manager.insert(AdaptationEntity, rows);
  }

  /**
   * Adoptions of published case studies as dashboard practice: the adopter's
   * organisation and ICS (where the adopter's figures count), and the case
   * study adopted. One statement.
   */
  async practiceRefs(): Promise<AdoptionPracticeRef[]> {
    const rows: {
      id: string;
      organisation_id: string;
      ods_code: string | null;
      case_study_id: string;
      slug: string;
      title: string;
    }[] = await this.db.query(
      `SELECT a.id, a.organisation_id, i.ods_code, c.id AS case_study_id, c.slug, c.title
         FROM adoption a
         JOIN ${caseStudiesReadModel.published} c ON c.id = a.case_study_id
         LEFT JOIN ${directoryReadModel.icss} i ON i.id = a.ics_id`,
    );
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      icsOdsCode: r.ods_code,
      caseStudyId: r.case_study_id,
      caseStudySlug: r.slug,
      caseStudyTitle: r.title,
    }));
  }

  /** `practiceRefs` without names: each adoption's case study and adopter's ICS (one statement). */
  async adopterIcss(): Promise<{ id: string; caseStudyId: string; icsOdsCode: string | null }[]> {
    const rows: { id: string; case_study_id: string; ods_code: string | null }[] =
      await this.db.query(
        `SELECT a.id, a.case_study_id, i.ods_code
           FROM adoption a
           JOIN ${caseStudiesReadModel.published} c ON c.id = a.case_study_id
           LEFT JOIN ${directoryReadModel.icss} i ON i.id = a.ics_id`,
      );
    return rows.map((r) => ({ id: r.id, caseStudyId: r.case_study_id, icsOdsCode: r.ods_code }));
  }

  /**
   * Spread matrix cells: the furthest stage per (published case study, ICS)
   * in one statement, whatever the number of case studies.
   */
  async furthestStages(): Promise<SpreadRow[]> {
    const rows: {
      id: string;
      case_study_id: string;
      ics_id: string;
      stage: AdoptionStage;
      adoption_count: number;
    }[] = await this.db.query(
      `SELECT DISTINCT ON (a.case_study_id, a.ics_id) a.id, a.case_study_id, a.ics_id, a.stage,
              count(*) OVER (PARTITION BY a.case_study_id, a.ics_id)::int AS adoption_count
         FROM adoption a
         JOIN ${caseStudiesReadModel.published} cs ON cs.id = a.case_study_id
        WHERE a.ics_id IS NOT NULL
        ORDER BY a.case_study_id, a.ics_id,
          CASE a.stage WHEN 'SUSTAINED' THEN 5 WHEN 'EMBEDDED' THEN 4 WHEN 'PILOTING' THEN 3
                       WHEN 'PLANNING' THEN 2 WHEN 'EXPLORING' THEN 1 ELSE 0 END DESC,
          a.created_at, a.id`,
    );
    return rows.map((r) => ({
      caseStudyId: r.case_study_id,
      icsId: r.ics_id,
      stage: r.stage,
      adoptionId: r.id,
      adoptionCount: Number(r.adoption_count),
    }));
  }
}
