import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { PageRequest } from '../../common/graphql/pagination';
import { updateReturning } from '../../database/returned-rows';
import { EventEntity } from './entities/event.entity';
import type { EventStatus } from './entities/event.entity';
import { EventQuotaEntity } from './entities/event-quota.entity';
import { EventsAudit } from './events-audit';

export interface EventQuery {
  from?: Date;
  to?: Date;
  icsOdsCode?: string;
  theme?: string;
  status?: EventStatus;
  /** Drafts are included only where this user organises them (or all, for admins). */
  viewerId: string | null;
  viewerSeesAllDrafts: boolean;
}

/** All SQL for event rows and their quotas; no business rules. Registrations have their own repository. */
@Injectable()
export class EventsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Events' audit writer, here so services already at four dependencies can reach it. */
    readonly audit: EventsAudit,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  get manager(): EntityManager {
    return this.db.manager;
  }

  findEvent(id: string): Promise<EventEntity | null> {
    return this.db.getRepository(EventEntity).findOneBy({ id });
  }

  findEventsByIds(ids: readonly string[]): Promise<EventEntity[]> {
    return this.db.getRepository(EventEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Locks several event rows one by one in id order, so two transactions
   * locking the same pair (in either direction) can never deadlock.
   */
  async lockEvents(manager: EntityManager, ids: string[]): Promise<Map<string, EventEntity>> {
    const sorted = [...new Set(ids)].sort();
    const events = new Map<string, EventEntity>();
    for (const id of sorted) {
      const event = await this.lockEvent(manager, id);
      if (event) events.set(id, event);
    }
    return events;
  }

  /** Locks the event row until the transaction ends: serialises every place decision. */
  lockEvent(manager: EntityManager, id: string): Promise<EventEntity | null> {
    return manager.getRepository(EventEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findEventsPage(q: EventQuery, page: PageRequest): Promise<[EventEntity[], number]> {
    const qb = this.db.getRepository(EventEntity).createQueryBuilder('e');
    if (q.from) qb.andWhere('e.ends_at >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.starts_at < :to', { to: q.to });
    if (q.icsOdsCode) {
      qb.andWhere(`(:ics = ANY(e.ics_ods_codes) OR cardinality(e.ics_ods_codes) = 0)`, { ics: q.icsOdsCode });
    }
    if (q.theme) qb.andWhere(':theme = ANY(e.themes)', { theme: q.theme });
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (!q.viewerSeesAllDrafts) {
      qb.andWhere(`(e.status <> 'DRAFT' OR :viewer = ANY(e.organiser_user_ids))`, {
        viewer: q.viewerId ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    qb.orderBy('e.starts_at', 'ASC').addOrderBy('e.id', 'ASC').skip(page.offset).take(page.limit + 1);
    return qb.getManyAndCount();
  }

  findQuotas(manager: EntityManager, eventId: string): Promise<EventQuotaEntity[]> {
    return manager.getRepository(EventQuotaEntity).find({ where: { eventId }, order: { kind: 'ASC', key: 'ASC' } });
  }

  findQuotasByEventIds(ids: readonly string[]): Promise<EventQuotaEntity[]> {
    return this.db.getRepository(EventQuotaEntity).find({ where: { eventId: In([...ids]) }, order: { kind: 'ASC', key: 'ASC' } });
  }

  async replaceQuotas(
    manager: EntityManager,
    eventId: string,
    quotas: { kind: 'ICS' | 'ORGANISATION_TYPE'; key: string; places: number }[],
  ): Promise<void> {
    const existing = await this.findQuotas(manager, eventId);
    const keep = new Set(quotas.map((q) => `${q.kind}:${q.key}`));
    const gone = existing.filter((q) => !keep.has(`${q.kind}:${q.key}`));
    if (gone.length) {
      // Places held under a removed quota move to the open pool.
      await manager.query(`UPDATE event_registration SET quota_id = NULL WHERE quota_id = ANY($1)`, [gone.map((q) => q.id)]);
      await manager.delete(EventQuotaEntity, { id: In(gone.map((q) => q.id)) });
    }
    for (const q of quotas) {
      await manager.query(
        `INSERT INTO event_quota (event_id, kind, key, places) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id, kind, key) DO UPDATE SET places = EXCLUDED.places`,
        [eventId, q.kind, q.key, q.places],
      );
    }
  }

  async addOrganiserUser(eventId: string, userId: string): Promise<void> {
    await this.db.query(
      `UPDATE event SET organiser_user_ids = array_append(organiser_user_ids, $2::uuid), version = version + 1, updated_at = now()
        WHERE id = $1 AND NOT ($2::uuid = ANY(organiser_user_ids))`,
      [eventId, userId],
    );
  }

  /**
   * Links one case study to an event in one statement (no read-modify-write,
   * so concurrent links and unlinks all apply): only while the event is not
   * cancelled and the case study is not already linked. Raises the event
   * version. True when a link was added. Whether the case study is published
   * is for the caller to ask the case-studies module (its table is not ours).
   */
  async linkCaseStudy(eventId: string, caseStudyId: string): Promise<boolean> {
    const rows = await updateReturning(
      this.db,
      `UPDATE event SET case_study_ids = array_append(case_study_ids, $2::uuid), version = version + 1, updated_at = now()
        WHERE id = $1 AND status <> 'CANCELLED' AND NOT ($2::uuid = ANY(case_study_ids))
        RETURNING id`,
      [eventId, caseStudyId],
    );
    return rows.length > 0;
  }

  /** Unlinks one case study in one statement (see linkCaseStudy); true when a link was removed. */
  async unlinkCaseStudy(eventId: string, caseStudyId: string): Promise<boolean> {
    const rows = await updateReturning(
      this.db,
      `UPDATE event SET case_study_ids = array_remove(case_study_ids, $2::uuid), version = version + 1, updated_at = now()
        WHERE id = $1 AND status <> 'CANCELLED' AND $2::uuid = ANY(case_study_ids)
        RETURNING id`,
      [eventId, caseStudyId],
    );
    return rows.length > 0;
  }

  async completeEndedEvents(now: Date): Promise<string[]> {
    const rows = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE event SET status = 'COMPLETED', version = version + 1, updated_at = now() WHERE status = 'PUBLISHED' AND ends_at <= $1 RETURNING id`,
      [now],
    );
    return rows.map((r) => r.id);
  }
}
