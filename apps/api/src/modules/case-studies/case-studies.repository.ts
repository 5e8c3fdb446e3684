import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { PageRequest } from '../../common/graphql/pagination';
import { directoryReadModel } from '../directory/directory.read-model';
import { escapeLike } from '../directory/directory.repository';
import { usersReadModel } from '../users/users.read-model';
import { CaseStudyStatus } from './case-study.enums';
import type { EvidenceLevel, PracticeStage } from './case-study.enums';
import type { CaseStudyRow } from './case-study.fields';
import { CASE_STUDY_SELECT, caseStudyFromRow } from './case-study.fields';
import { CaseStudyEntity } from './entities/case-study.entity';
import { CaseStudyPartnerEntity } from './entities/case-study-partner.entity';
import { CaseStudyReviewEntity } from './entities/case-study-review.entity';
import { CaseStudyThemeEntity } from './entities/case-study-theme.entity';
import { CaseStudyVersionEntity } from './entities/case-study-version.entity';

/** Which non-public case studies a viewer may list (computed by the service from the policy). */
export interface CaseStudyVisibility {
  /** Regional admins see every status. */
  all: boolean;
  /** Reviewers see submitted case studies (never drafts). */
  submitted: boolean;
  /** The viewer's VERIFIED organisation: its drafts are visible. */
  organisationId: string | null;
  /** ICS admins see their ICS's case studies once they are no longer drafts. */
  adminIcsIds: string[];
}

export interface CaseStudyQuery {
  statuses: CaseStudyStatus[];
  /** Applied when any listed status is not public. */
  visibility: CaseStudyVisibility | null;
  organisationId?: string;
  icsOdsCode?: string;
  theme?: string;
  stage?: PracticeStage;
  evidenceLevel?: EvidenceLevel;
  search?: string;
  includeStale: boolean;
  staleOnly: boolean;
}

export type CaseStudyChanges = Partial<
  Omit<
    CaseStudyEntity,
    'id' | 'version' | 'organisation' | 'ics' | 'place' | 'author' | 'createdAt' | 'updatedAt'
  >
>;

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** WHERE clause and parameters for a list query (all values bound, never interpolated). */
function buildFilter(query: CaseStudyQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const clauses = [`cs.status = ANY(${bind(query.statuses)}::varchar[])`];
  const v = query.visibility;
  if (v && !v.all) {
    clauses.push(
      `(cs.status IN ('PUBLISHED', 'ARCHIVED') OR cs.organisation_id = ${bind(v.organisationId ?? NO_ID)}::uuid
        OR (cs.status <> 'DRAFT' AND cs.ics_id = ANY(${bind(v.adminIcsIds)}::uuid[]))${v.submitted ? ` OR cs.status = 'SUBMITTED'` : ''})`,
    );
  }
  if (query.organisationId)
    clauses.push(`cs.organisation_id = ${bind(query.organisationId)}::uuid`);
  if (query.icsOdsCode) {
    clauses.push(
      `cs.ics_id = ${directoryReadModel.icsIdByOdsCode(bind(query.icsOdsCode))}`,
    );
  }
  if (query.theme) {
    clauses.push(
      `EXISTS (SELECT 1 FROM case_study_theme t WHERE t.case_study_id = cs.id AND t.theme_key = ${bind(query.theme)})`,
    );
  }
  if (query.stage) clauses.push(`cs.practice_stage = ${bind(query.stage)}`);
  if (query.evidenceLevel) clauses.push(`cs.evidence_level = ${bind(query.evidenceLevel)}`);
  if (query.search?.trim()) {
    const search = bind(`%${escapeLike(query.search.trim())}%`);
    clauses.push(
      `(cs.title ILIKE ${search} ESCAPE '\\' OR cs.summary ILIKE ${search} ESCAPE '\\')`,
    );
  }
  if (query.staleOnly) {
    clauses.push(`cs.status = 'PUBLISHED' AND cs.review_by < current_date`);
  } else if (!query.includeStale) {
    clauses.push(`NOT (cs.status = 'PUBLISHED' AND cs.review_by < current_date)`);
  }
  return { where: clauses.join(' AND '), params };
}

/** Applies `changes` and bumps the version where `condition` holds; true when one row changed. */
async function bumpVersionIf(
  manager: EntityManager,
  changes: CaseStudyChanges,
  condition: string,
  params: Record<string, unknown>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(CaseStudyEntity)
    .set({ ...changes, version: () => 'version + 1' })
    .where(condition, params)
    .execute();
  return (result.affected ?? 0) === 1;
}

/** All SQL for the case study aggregate; no business rules. */
@Injectable()
export class CaseStudiesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  findById(id: string, manager?: EntityManager): Promise<CaseStudyEntity | null> {
    return (manager ?? this.db.manager).findOneBy(CaseStudyEntity, { id });
  }

  findBySlug(slug: string): Promise<CaseStudyEntity | null> {
    return this.db.getRepository(CaseStudyEntity).findOneBy({ slug });
  }

  findByIds(ids: readonly string[]): Promise<CaseStudyEntity[]> {
    return this.db.getRepository(CaseStudyEntity).findBy({ id: In([...ids]) });
  }

  /** Published or archived case studies by these authors, newest first (one statement). */
  findVisibleByAuthorIds(authorIds: readonly string[]): Promise<CaseStudyEntity[]> {
    return this.db.getRepository(CaseStudyEntity).find({
      where: {
        authorId: In([...authorIds]),
        status: In([CaseStudyStatus.PUBLISHED, CaseStudyStatus.ARCHIVED]),
      },
      order: { publishedAt: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' },
    });
  }

  /** Published case studies with any of these themes (other features' feed filters by theme). */
  async publishedIdsWithThemes(themes: readonly string[]): Promise<string[]> {
    if (!themes.length) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT t.case_study_id AS id FROM case_study_theme t JOIN case_study c ON c.id = t.case_study_id
        WHERE c.status = 'PUBLISHED' AND t.theme_key = ANY($1::text[])`,
      [themes],
    );
    return rows.map((r) => r.id);
  }

  async slugsStartingWith(base: string): Promise<string[]> {
    const rows: { slug: string }[] = await this.db.query(
      `SELECT slug FROM case_study WHERE slug = $1 OR slug LIKE $2 ESCAPE '\\'`,
      [base, `${escapeLike(base)}-%`],
    );
    return rows.map((r) => r.slug);
  }

  /**
   * One statement: the page (limit + 1 rows) with the filtered total as a
   * window column, newest published first. Hand-written SQL and mapping: the
   * list is the hottest path, and TypeORM's query building and hydration were
   * a large share of its CPU time.
   */
  async findPage(query: CaseStudyQuery, page: PageRequest): Promise<[CaseStudyEntity[], number]> {
    const { where, params } = buildFilter(query);
    const rows: (CaseStudyRow & { total_count: string })[] = await this.db.query(
      `SELECT ${CASE_STUDY_SELECT}, count(*) OVER () AS total_count
         FROM case_study cs
        WHERE ${where}
        ORDER BY cs.published_at DESC NULLS LAST, cs.updated_at DESC, cs.id ASC
        LIMIT ${page.limit + 1} OFFSET ${page.offset}`,
      params,
    );
    if (!rows.length && page.offset > 0) {
      const count: { n: string }[] = await this.db.query(
        `SELECT count(*) AS n FROM case_study cs WHERE ${where}`,
        params,
      );
      return [[], Number(count[0].n)];
    }
    return [rows.map(caseStudyFromRow), rows.length ? Number(rows[0].total_count) : 0];
  }

  /** Published case studies, by title; optionally only those with a theme. */
  findPublished(theme?: string): Promise<CaseStudyEntity[]> {
    const qb = this.db
      .getRepository(CaseStudyEntity)
      .createQueryBuilder('cs')
      .where(`cs.status = 'PUBLISHED'`);
    if (theme) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM case_study_theme t WHERE t.case_study_id = cs.id AND t.theme_key = :theme)',
        { theme },
      );
    }
    return qb.orderBy('cs.title', 'ASC').addOrderBy('cs.id', 'ASC').getMany();
  }

  /** Theme links with their theme, one statement (raw rows: a hot list path). */
  async findThemes(caseStudyIds: readonly string[]): Promise<CaseStudyThemeEntity[]> {
    const rows: { case_study_id: string; key: string; label: string; sort_order: number }[] =
      await this.db.query(
        `SELECT ct.case_study_id, t.key, t.label, t.sort_order
           FROM case_study_theme ct JOIN ${directoryReadModel.themes} t ON t.key = ct.theme_key
          WHERE ct.case_study_id = ANY($1::uuid[])`,
        [[...caseStudyIds]],
      );
    return rows.map((r) => ({
      caseStudyId: r.case_study_id,
      themeKey: r.key,
      theme: { key: r.key, label: r.label, sortOrder: r.sort_order },
    }));
  }

  findPartners(caseStudyIds: readonly string[]): Promise<CaseStudyPartnerEntity[]> {
    return this.db.getRepository(CaseStudyPartnerEntity).find({
      where: { caseStudyId: In([...caseStudyIds]) },
      order: { sortOrder: 'ASC' },
    });
  }

  /** Version entries of several case studies in one statement, each one's newest first. */
  findVersionsByCaseStudyIds(caseStudyIds: readonly string[]): Promise<CaseStudyVersionEntity[]> {
    return this.db.getRepository(CaseStudyVersionEntity).find({
      where: { caseStudyId: In([...caseStudyIds]) },
      order: { number: 'DESC' },
    });
  }

  /** The latest `limit` version entries, newest first. */
  findLatestVersions(
    manager: EntityManager,
    caseStudyId: string,
    limit: number,
  ): Promise<CaseStudyVersionEntity[]> {
    return manager.find(CaseStudyVersionEntity, {
      where: { caseStudyId },
      order: { number: 'DESC' },
      take: limit,
    });
  }

  /** Theme keys and partners as they are now in this transaction (for version snapshots). */
  async findSnapshotParts(
    manager: EntityManager,
    caseStudyId: string,
  ): Promise<{ themes: string[]; partners: { name: string; role: string }[] }> {
    const [themes, partners] = await Promise.all([
      manager.query(`SELECT theme_key FROM case_study_theme WHERE case_study_id = $1`, [
        caseStudyId,
      ]) as Promise<{ theme_key: string }[]>,
      manager.query(
        `SELECT name, role FROM case_study_partner WHERE case_study_id = $1 ORDER BY sort_order`,
        [caseStudyId],
      ) as Promise<{ name: string; role: string }[]>,
    ]);
    return { themes: themes.map((t) => t.theme_key), partners };
  }

  /** Review decisions of several case studies in one statement, newest first. */
  findReviewsByCaseStudyIds(caseStudyIds: readonly string[]): Promise<CaseStudyReviewEntity[]> {
    return this.db.getRepository(CaseStudyReviewEntity).find({
      where: { caseStudyId: In([...caseStudyIds]) },
      order: { createdAt: 'DESC' },
    });
  }

  async insert(
    manager: EntityManager,
    row: CaseStudyChanges & { slug: string },
  ): Promise<CaseStudyEntity> {
    return manager.save(manager.create(CaseStudyEntity, row));
  }

  /**
   * The optimistic check and increment in one conditional UPDATE: it only
   * matches while the row still has `expectedVersion`, so of two concurrent
   * edits from the same version exactly one succeeds (the other sees 0 rows,
   * after waiting on the row lock), in any process.
   */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: CaseStudyChanges,
  ): Promise<boolean> {
    return bumpVersionIf(manager, changes, 'id = :id AND version = :expectedVersion', {
      id,
      expectedVersion,
    });
  }

  /** Conditional status change (only from one of `from`); bumps the version so stale editors get CONFLICT. */
  async updateIfStatus(
    manager: EntityManager,
    id: string,
    from: CaseStudyStatus[],
    changes: CaseStudyChanges,
  ): Promise<boolean> {
    return bumpVersionIf(manager, changes, 'id = :id AND status IN (:...from)', { id, from });
  }

  async replaceThemes(
    manager: EntityManager,
    caseStudyId: string,
    themeKeys: string[],
  ): Promise<void> {
    await manager.delete(CaseStudyThemeEntity, { caseStudyId });
    if (themeKeys.length) {
      await manager.insert(
        CaseStudyThemeEntity,
        themeKeys.map((themeKey) => ({ caseStudyId, themeKey })),
      );
    }
  }

  async replacePartners(
    manager: EntityManager,
    caseStudyId: string,
    partners: { name: string; role: string; organisationId: string | null }[],
  ): Promise<void> {
    await manager.delete(CaseStudyPartnerEntity, { caseStudyId });
    if (partners.length) {
      await manager.insert(
        CaseStudyPartnerEntity,
        partners.map((p, sortOrder) => ({ ...p, caseStudyId, sortOrder })),
      );
    }
  }

  /**
   * A new version entry numbered one past the case study's latest, in one
   * statement. Callers hold the case study's row lock (the conditional UPDATE
   * of the same transaction), so entries are numbered one at a time.
   */
  async insertVersion(
    manager: EntityManager,
    row: Pick<
      CaseStudyVersionEntity,
      | 'caseStudyId'
      | 'version'
      | 'kind'
      | 'snapshot'
      | 'changedFields'
      | 'changeNote'
      | 'createdById'
    >,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO case_study_version
         (case_study_id, number, version, kind, snapshot, changed_fields, change_note, created_by_id)
       SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4::jsonb, $5::text[], $6, $7
         FROM case_study_version WHERE case_study_id = $1`,
      [
        row.caseStudyId,
        row.version,
        row.kind,
        JSON.stringify(row.snapshot),
        row.changedFields,
        row.changeNote,
        row.createdById,
      ],
    );
  }

  /** Folds a further save into an existing entry (its number, author and start time stay). */
  async extendVersion(
    manager: EntityManager,
    id: string,
    row: Pick<CaseStudyVersionEntity, 'version' | 'snapshot' | 'changedFields' | 'changeNote'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE case_study_version
          SET version = $2, snapshot = $3::jsonb, changed_fields = $4::text[], change_note = $5
        WHERE id = $1`,
      [id, row.version, JSON.stringify(row.snapshot), row.changedFields, row.changeNote],
    );
  }

  async insertReview(
    manager: EntityManager,
    row: Pick<
      CaseStudyReviewEntity,
      'caseStudyId' | 'reviewerId' | 'reviewerIcsId' | 'decision' | 'comments' | 'version'
    >,
  ): Promise<void> {
    await manager.insert(CaseStudyReviewEntity, row);
  }

  /** Verified member ids of an organisation (to notify an originator without a recorded author). */
  async memberIds(organisationId: string, limit = 20): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM ${usersReadModel.people} u WHERE organisation_id = $1 AND verified_member ORDER BY created_at LIMIT $2`,
      [organisationId, limit],
    );
    return rows.map((r) => r.id);
  }
}
