import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { PageRequest } from '../../common/graphql/pagination';
import { updateReturning } from '../../database/returned-rows';
import type { EvidenceKind, RagStatus, ReviewCadence } from './commitment.enums';
import { CommitmentEntity } from './entities/commitment.entity';
import { CommitmentOrganisationEntity } from './entities/commitment-organisation.entity';
import { CommitmentThemeEntity } from './entities/commitment-theme.entity';
import { CommitmentUpdateEntity } from './entities/commitment-update.entity';
import { CommitmentUpdateEvidenceEntity } from './entities/commitment-update-evidence.entity';

/** A commitment with its latest update (as at a date, for the dashboards). */
export interface CommitmentRow {
  commitment: CommitmentEntity;
  status: RagStatus | null;
  lastUpdateOn: string | null;
  latestProgressValue: number | null;
}

export interface CommitmentQuery {
  /** Only commitments of one of these organisations (an ICS's, or one). */
  organisationIds?: readonly string[];
  themeKey?: string;
  status?: RagStatus;
  /** true: next update due before `today`; false: not. */
  overdue?: boolean;
  today: string;
  ids?: readonly string[];
}

/** A commitment as the dashboards count it at a date. */
export interface CommitmentSnapshot {
  id: string;
  statement: string;
  title: string | null;
  cadence: ReviewCadence;
  createdOn: string;
  status: RagStatus | null;
  lastUpdateOn: string | null;
  organisationIds: string[];
  leadOrganisationId: string | null;
}

export interface OverdueCommitment {
  id: string;
  ownerId: string;
  title: string | null;
  statement: string;
  nextUpdateDue: string;
}

interface RawRow {
  id: string;
  status: RagStatus | null;
  last_update_on: string | null;
  latest_progress_value: string | null;
}

const LATEST = `SELECT DISTINCT ON (u.commitment_id) u.commitment_id, u.status, u.reported_on, u.progress_value
                  FROM commitment_update u
                 ORDER BY u.commitment_id, u.reported_on DESC, u.created_at DESC`;

/** All SQL for commitments; no business rules. */
@Injectable()
export class CommitmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** A page of commitments (newest first) and the total, each with its latest update. */
  async findPage(q: CommitmentQuery, page: PageRequest): Promise<[CommitmentRow[], number]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (q.organisationIds) {
      where.push(
        `EXISTS (SELECT 1 FROM commitment_organisation co WHERE co.commitment_id = c.id AND co.organisation_id = ANY(${p([...q.organisationIds])}::uuid[]))`,
      );
    }
    if (q.ids) where.push(`c.id = ANY(${p([...q.ids])}::uuid[])`);
    if (q.themeKey) {
      where.push(
        `EXISTS (SELECT 1 FROM commitment_theme ct WHERE ct.commitment_id = c.id AND ct.theme_key = ${p(q.themeKey)})`,
      );
    }
    if (q.status) where.push(`l.status = ${p(q.status)}`);
    if (q.overdue === true) where.push(`c.next_update_due < ${p(q.today)}::date`);
    if (q.overdue === false) where.push(`c.next_update_due >= ${p(q.today)}::date`);
    const from = `FROM commitment c LEFT JOIN (${LATEST}) l ON l.commitment_id = c.id
                  ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [count] = (await this.db.query(`SELECT count(*)::int AS n ${from}`, params)) as {
      n: number;
    }[];
    const rows = (await this.db.query(
      `SELECT c.id, l.status, to_char(l.reported_on, 'YYYY-MM-DD') AS last_update_on,
              l.progress_value AS latest_progress_value
         ${from}
        ORDER BY c.created_at DESC, c.id
        LIMIT ${p(page.limit + 1)} OFFSET ${p(page.offset)}`,
      params,
    )) as RawRow[];
    const entities = rows.length
      ? await this.db.getRepository(CommitmentEntity).findBy({ id: In(rows.map((r) => r.id)) })
      : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    return [
      rows.map((r) => ({
        commitment: byId.get(r.id) as CommitmentEntity,
        status: r.status,
        lastUpdateOn: r.last_update_on,
        latestProgressValue:
          r.latest_progress_value === null ? null : Number(r.latest_progress_value),
      })),
      count.n,
    ];
  }

  findById(id: string, manager: EntityManager = this.db.manager): Promise<CommitmentEntity | null> {
    return manager.getRepository(CommitmentEntity).findOneBy({ id });
  }

  /** Locks the commitment row for an update (serialises updates of one commitment). */
  lockById(manager: EntityManager, id: string): Promise<CommitmentEntity | null> {
    return manager
      .getRepository(CommitmentEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  findOrganisations(commitmentIds: readonly string[]): Promise<CommitmentOrganisationEntity[]> {
    if (!commitmentIds.length) return Promise.resolve([]);
    return this.db
      .getRepository(CommitmentOrganisationEntity)
      .createQueryBuilder('co')
      .where('co.commitment_id IN (:...ids)', { ids: [...commitmentIds] })
      .orderBy('co.lead', 'DESC')
      .getMany();
  }

  findThemes(commitmentIds: readonly string[]): Promise<CommitmentThemeEntity[]> {
    if (!commitmentIds.length) return Promise.resolve([]);
    return this.db
      .getRepository(CommitmentThemeEntity)
      .createQueryBuilder('ct')
      .where('ct.commitment_id IN (:...ids)', { ids: [...commitmentIds] })
      .orderBy('ct.theme_key')
      .getMany();
  }

  /** Updates of these commitments, newest first. */
  findUpdates(commitmentIds: readonly string[]): Promise<CommitmentUpdateEntity[]> {
    if (!commitmentIds.length) return Promise.resolve([]);
    return this.db
      .getRepository(CommitmentUpdateEntity)
      .createQueryBuilder('u')
      .where('u.commitment_id IN (:...ids)', { ids: [...commitmentIds] })
      .orderBy('u.reported_on', 'DESC')
      .addOrderBy('u.created_at', 'DESC')
      .getMany();
  }

  findEvidence(updateIds: readonly string[]): Promise<CommitmentUpdateEvidenceEntity[]> {
    if (!updateIds.length) return Promise.resolve([]);
    return this.db
      .getRepository(CommitmentUpdateEvidenceEntity)
      .createQueryBuilder('e')
      .where('e.update_id IN (:...ids)', { ids: [...updateIds] })
      .orderBy('e.sort_order')
      .getMany();
  }

  /** Organisations that have made a commitment (for the tracker's organisation filter). */
  async organisationIdsWithCommitments(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      'SELECT DISTINCT organisation_id AS id FROM commitment_organisation',
    );
    return rows.map((r) => r.id);
  }

  async insertCommitment(
    manager: EntityManager,
    values: Omit<CommitmentEntity, 'id' | 'createdAt' | 'updatedAt' | 'overdueNotifiedFor'>,
    organisations: { organisationId: string; lead: boolean }[],
    themeKeys: readonly string[],
  ): Promise<CommitmentEntity> {
    const saved = await manager
      .getRepository(CommitmentEntity)
      .save(manager.create(CommitmentEntity, values));
    await manager.getRepository(CommitmentOrganisationEntity).insert(
      organisations.map((o) => ({
        commitmentId: saved.id,
        organisationId: o.organisationId,
        lead: o.lead,
      })),
    );
    await manager
      .getRepository(CommitmentThemeEntity)
      .insert(themeKeys.map((themeKey) => ({ commitmentId: saved.id, themeKey })));
    return saved;
  }

  async insertUpdate(
    manager: EntityManager,
    values: Pick<
      CommitmentUpdateEntity,
      'commitmentId' | 'reportedOn' | 'status' | 'narrative' | 'progressValue' | 'createdById'
    >,
    evidence: { kind: EvidenceKind; targetId: string | null; url: string | null; title: string }[],
  ): Promise<CommitmentUpdateEntity> {
    const saved = await manager
      .getRepository(CommitmentUpdateEntity)
      .save(manager.create(CommitmentUpdateEntity, values));
    if (evidence.length) {
      await manager
        .getRepository(CommitmentUpdateEvidenceEntity)
        .insert(evidence.map((e, sortOrder) => ({ ...e, updateId: saved.id, sortOrder })));
    }
    return saved;
  }

  /** Whether a progress update exists (file downloads follow it). */
  async updateExists(updateId: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM commitment_update WHERE id = $1`, [
      updateId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** Changes a commitment's own columns (not its organisations or themes). */
  async updateCommitment(
    manager: EntityManager,
    id: string,
    values: Partial<
      Pick<
        CommitmentEntity,
        'title' | 'statement' | 'cadence' | 'targetValue' | 'targetDate' | 'nextUpdateDue'
      >
    >,
  ): Promise<void> {
    await manager.getRepository(CommitmentEntity).update({ id }, values);
  }

  /** Replaces the organisations (and the lead) of a commitment. */
  async replaceOrganisations(
    manager: EntityManager,
    commitmentId: string,
    organisations: { organisationId: string; lead: boolean }[],
  ): Promise<void> {
    await manager.getRepository(CommitmentOrganisationEntity).delete({ commitmentId });
    await manager
      .getRepository(CommitmentOrganisationEntity)
      .insert(organisations.map((o) => ({ commitmentId, ...o })));
  }

  /** The latest reported date of a commitment's updates. */
  async lastReportedOn(manager: EntityManager, commitmentId: string): Promise<string | null> {
    const [row] = (await manager.query(
      `SELECT to_char(max(reported_on), 'YYYY-MM-DD') AS d FROM commitment_update WHERE commitment_id = $1`,
      [commitmentId],
    )) as { d: string | null }[];
    return row?.d ?? null;
  }

  async setNextUpdateDue(manager: EntityManager, commitmentId: string, due: string): Promise<void> {
    await manager.query(
      `UPDATE commitment SET next_update_due = $2::date, updated_at = now() WHERE id = $1`,
      [commitmentId, due],
    );
  }

  /**
   * Claims the overdue commitments not yet notified for their current due
   * date: a conditional UPDATE, so two runs (or two workers) never claim the
   * same due date twice.
   */
  async claimOverdue(
    manager: EntityManager,
    today: string,
    limit = 500,
  ): Promise<OverdueCommitment[]> {
    return updateReturning<OverdueCommitment>(
      manager,
      `UPDATE commitment c SET overdue_notified_for = c.next_update_due
        WHERE c.id IN (SELECT id FROM commitment
                        WHERE next_update_due < $1::date
                          AND overdue_notified_for IS DISTINCT FROM next_update_due
                        ORDER BY next_update_due LIMIT $2
                        FOR UPDATE SKIP LOCKED)
          AND c.overdue_notified_for IS DISTINCT FROM c.next_update_due
        RETURNING c.id, c.owner_id AS "ownerId", c.title, c.statement,
                  to_char(c.next_update_due, 'YYYY-MM-DD') AS "nextUpdateDue"`,
      [today, limit],
    );
  }

  /**
   * Every commitment as it stood before `before` (exclusive; null: now):
   * made by then, with the latest update reported by then. One statement.
   */
  async snapshots(before: Date | null, themeKey: string | null): Promise<CommitmentSnapshot[]> {
    const rows: (Omit<CommitmentSnapshot, 'organisationIds'> & { organisation_ids: string[] })[] =
      await this.db.query(
        `SELECT c.id, c.statement, c.title, c.cadence,
                to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "createdOn",
                l.status, to_char(l.reported_on, 'YYYY-MM-DD') AS "lastUpdateOn",
                (SELECT array_agg(co.organisation_id ORDER BY co.lead DESC, co.organisation_id)
                   FROM commitment_organisation co WHERE co.commitment_id = c.id) AS organisation_ids,
                (SELECT co.organisation_id FROM commitment_organisation co
                  WHERE co.commitment_id = c.id AND co.lead LIMIT 1) AS "leadOrganisationId"
           FROM commitment c
           LEFT JOIN LATERAL (
             SELECT u.status, u.reported_on FROM commitment_update u
              WHERE u.commitment_id = c.id AND ($1::timestamptz IS NULL OR u.reported_on < $1::timestamptz)
              ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) l ON true
          WHERE ($1::timestamptz IS NULL OR c.created_at < $1::timestamptz)
            AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM commitment_theme ct
                                              WHERE ct.commitment_id = c.id AND ct.theme_key = $2))
          ORDER BY c.created_at, c.id`,
        [before, themeKey],
      );
    return rows.map(({ organisation_ids, ...r }) => ({
      ...r,
      organisationIds: organisation_ids ?? [],
    }));
  }
}
