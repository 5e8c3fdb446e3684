import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { filesReadModel } from '../files/files.read-model';
import { followsReadModel } from '../follows/follows.read-model';
import { AssessmentEntity } from './entities/assessment.entity';
import { ToolkitEntity } from './entities/toolkit.entity';
import { ToolkitVersionEntity } from './entities/toolkit-version.entity';
import type { AssessmentFormData } from './entities/toolkit-version.entity';

/** All SQL for toolkits, their versions and assessments; no business rules. */
@Injectable()
export class ToolkitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findAll(): Promise<ToolkitEntity[]> {
    return this.db.getRepository(ToolkitEntity).find({ order: { title: 'ASC' } });
  }

  findById(id: string): Promise<ToolkitEntity | null> {
    return this.db.getRepository(ToolkitEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ToolkitEntity[]> {
    return this.db.getRepository(ToolkitEntity).findBy({ id: In([...ids]) });
  }

  findBySlug(slug: string): Promise<ToolkitEntity | null> {
    return this.db.getRepository(ToolkitEntity).findOneBy({ slug });
  }

  findVersionsByToolkitIds(ids: readonly string[]): Promise<ToolkitVersionEntity[]> {
    return this.db
      .getRepository(ToolkitVersionEntity)
      .find({ where: { toolkitId: In([...ids]) }, order: { number: 'DESC' } });
  }

  findVersionById(id: string): Promise<ToolkitVersionEntity | null> {
    return this.db.getRepository(ToolkitVersionEntity).findOneBy({ id });
  }

  findVersionsByIds(ids: readonly string[]): Promise<ToolkitVersionEntity[]> {
    return this.db.getRepository(ToolkitVersionEntity).findBy({ id: In([...ids]) });
  }

  findCurrentVersion(
    toolkitId: string,
    manager?: EntityManager,
  ): Promise<ToolkitVersionEntity | null> {
    return (manager ?? this.db.manager)
      .getRepository(ToolkitVersionEntity)
      .findOne({ where: { toolkitId }, order: { number: 'DESC' } });
  }

  async insertToolkit(
    manager: EntityManager,
    values: Partial<ToolkitEntity>,
  ): Promise<ToolkitEntity> {
    return manager.save(ToolkitEntity, manager.create(ToolkitEntity, values));
  }

  async insertVersion(
    manager: EntityManager,
    values: Partial<ToolkitVersionEntity>,
  ): Promise<ToolkitVersionEntity> {
    return manager.save(ToolkitVersionEntity, manager.create(ToolkitVersionEntity, values));
  }

  /** Locks the toolkit row so two publishers cannot take the same version number. */
  async lockToolkit(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM toolkit WHERE id = $1 FOR UPDATE', [id]);
  }

  findAssessment(id: string): Promise<AssessmentEntity | null> {
    return this.db.getRepository(AssessmentEntity).findOneBy({ id });
  }

  findAssessmentsByUser(userId: string): Promise<AssessmentEntity[]> {
    return this.db
      .getRepository(AssessmentEntity)
      .find({ where: { userId }, order: { updatedAt: 'DESC' } });
  }

  saveAssessment(values: Partial<AssessmentEntity>): Promise<AssessmentEntity> {
    const repo = this.db.getRepository(AssessmentEntity);
    return repo.save(repo.create(values));
  }

  /**
   * Followers of a toolkit (not muted) and people who downloaded one of its
   * files, in one statement (follows' and files' read models).
   */
  async interestedInToolkit(manager: EntityManager, toolkitId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM ${followsReadModel.followers(`'TOOLKIT'`, '$1::text')} f
       UNION
       SELECT d.user_id FROM ${filesReadModel.downloads} d
         JOIN toolkit_version v ON v.id = d.owner_id AND v.toolkit_id = $1::uuid
        WHERE d.owner_type = 'TOOLKIT_VERSION'
          AND NOT ${followsReadModel.muted('d.user_id', `'TOOLKIT'`, '$1::text')}`,
      [toolkitId],
    );
    return rows.map((r) => r.user_id);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Links an assessment to a case study or an adoption; linking twice is a no-op. */
  async insertAssessmentLink(link: {
    assessmentId: string;
    caseStudyId: string | null;
    adoptionId: string | null;
    linkedById: string;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO assessment_link (assessment_id, case_study_id, adoption_id, linked_by_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [link.assessmentId, link.caseStudyId, link.adoptionId, link.linkedById],
    );
  }

  /** Attached assessments of many case studies or adoptions, with their form and toolkit (one query). */
  findAssessmentLinks(
    target: 'case_study_id' | 'adoption_id',
    ids: readonly string[],
  ): Promise<AssessmentLinkRow[]> {
    return this.db.query(
      `SELECT l.id, l.${target} AS "targetId", l.created_at AS "attachedAt",
              a.answers, a.submitted_at AS "submittedAt", v.number AS "versionNumber", v.form,
              t.title AS "toolkitTitle", t.slug AS "toolkitSlug"
         FROM assessment_link l
         JOIN assessment a ON a.id = l.assessment_id
         JOIN toolkit_version v ON v.id = a.toolkit_version_id
         JOIN toolkit t ON t.id = v.toolkit_id
        WHERE l.${target} = ANY($1::uuid[])
        ORDER BY l.created_at, l.id`,
      [[...ids]],
    );
  }
}

/** One attached assessment, flattened for display. */
export interface AssessmentLinkRow {
  id: string;
  targetId: string;
  attachedAt: Date;
  answers: Record<string, string | number>;
  submittedAt: Date | null;
  versionNumber: number;
  form: AssessmentFormData | null;
  toolkitTitle: string;
  toolkitSlug: string;
}
