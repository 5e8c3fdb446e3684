import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { PageRequest } from '../../common/graphql/pagination';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { EventEntity, EventStatus } from './entities/event.entity';
import { EventFeedbackEntity } from './entities/event-feedback.entity';
import { EventQuotaEntity } from './entities/event-quota.entity';
import type { AnswerValue } from './entities/registration.entity';
import { RegistrationEntity, RegistrationStatus } from './entities/registration.entity';
import { RegistrationChangeEntity, RegistrationChangeReason } from './entities/registration-change.entity';
import type { DelegateProfile, PlaceUsage } from './events.policy';
import { OPEN_POOL } from './events.policy';

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

export interface PlaceSummary {
  eventId: string;
  held: number;
  waiting: number;
}

export interface DelegateQuery {
  /** One registration (the organiser's page for one delegate). */
  registrationId?: string;
  status?: RegistrationStatus;
  icsOdsCode?: string;
  organisationTypeKey?: string;
  tag?: string;
  search?: string;
}

export interface DelegateRow {
  registration: RegistrationEntity;
  name: string;
  email: string;
  organisationName: string;
  /** The short name of the ICS the delegate was in at registration ("Black Country"), or null. */
  icsName: string | null;
  /** The label of their organisation type at registration ("NHS trust"), or null. */
  organisationTypeLabel: string | null;
  /** Their place in the waiting-list queue now (1 = next), computed live; null unless waiting. */
  waitlistPlace: number | null;
}

/** Readable names for directory keys used by events: `ICS:QUA` → ICS short name, `ORGANISATION_TYPE:NHS_TRUST` → label. */
export interface DirectoryLabel {
  key: string;
  label: string;
}

const REG = 'event_registration';

/**
 * The live waiting-list place of registration `r` (1 = next in the queue):
 * its rank by queue number among the event's registrations still WAITLISTED;
 * null when `r` is not waiting.
 */
const WAITLIST_PLACE_SQL = `CASE WHEN r.status = 'WAITLISTED' AND r.waitlist_position IS NOT NULL THEN
  (SELECT count(*)::int FROM event_registration w
    WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_position <= r.waitlist_position) END`;

interface QuotaRow {
  id: string;
  kind: 'ICS' | 'ORGANISATION_TYPE';
  key: string;
  places: number;
}

export interface PlaceState {
  existingId: string | null;
  quotas: QuotaRow[];
  usage: PlaceUsage;
  nextPosition: number;
}

/** Maps a raw event_registration row (RETURNING *) to the entity. */
export function registrationFromRow(row: Record<string, unknown>): RegistrationEntity {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return Object.assign(new RegistrationEntity(), {
    id: row.id as string,
    eventId: row.event_id as string,
    userId: row.user_id as string,
    status: row.status as RegistrationStatus,
    quotaId: (row.quota_id as string | null) ?? null,
    icsOdsCode: (row.ics_ods_code as string | null) ?? null,
    organisationTypeKey: (row.organisation_type_key as string | null) ?? null,
    waitlistPosition: (row.waitlist_position as number | null) ?? null,
    offerExpiresAt: date(row.offer_expires_at),
    offerCount: row.offer_count as number,
    answers: row.answers as RegistrationEntity['answers'],
    sensitiveAnswers: (row.sensitive_answers as RegistrationEntity['sensitiveAnswers']) ?? null,
    sensitivePurgedAt: date(row.sensitive_purged_at),
    consentAt: date(row.consent_at) as Date,
    tags: row.tags as string[],
    checkedInAt: date(row.checked_in_at),
    checkedInById: (row.checked_in_by_id as string | null) ?? null,
    createdAt: date(row.created_at) as Date,
    updatedAt: date(row.updated_at) as Date,
  });
}

/** Whether an UPDATE … RETURNING changed a row (TypeORM answers `[rows, count]` for UPDATE). */
function changedRows(result: unknown): boolean {
  const rows = Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
  return rows.length > 0;
}

/** All SQL for events and registrations; no business rules. */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
      await manager.query(`UPDATE ${REG} SET quota_id = NULL WHERE quota_id = ANY($1)`, [gone.map((q) => q.id)]);
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

  /**
   * Everything the place decision needs, in one round trip (run after
   * lockEvent, so it sees every committed registration): the user's active
   * registration id, the quotas, places held per quota and the next queue number.
   */
  async placeState(manager: EntityManager, eventId: string, userId: string): Promise<PlaceState> {
    const rows: { existing_id: string | null; quotas: QuotaRow[]; usage: Record<string, number>; next_position: number }[] =
      await manager.query(
        `SELECT
           (SELECT id FROM ${REG} WHERE event_id = $1 AND user_id = $2
               AND status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL') LIMIT 1) AS existing_id,
           (SELECT coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'key', key, 'places', places) ORDER BY kind, key), '[]'::json)
              FROM event_quota WHERE event_id = $1) AS quotas,
           (SELECT coalesce(json_object_agg(coalesce(quota_id::text, ''), n), '{}'::json)
              FROM (SELECT quota_id, count(*)::int AS n FROM ${REG}
                     WHERE event_id = $1 AND status IN ('CONFIRMED', 'OFFERED') GROUP BY quota_id) u) AS usage,
           (SELECT coalesce(max(waitlist_position), 0)::int + 1 FROM ${REG} WHERE event_id = $1) AS next_position`,
        [eventId, userId],
      );
    const row = rows[0];
    return {
      existingId: row.existing_id,
      quotas: row.quotas,
      usage: new Map(Object.entries(row.usage)),
      nextPosition: row.next_position,
    };
  }

  /**
   * A new registration in one statement (the mic_register_for_event function):
   * locks the event row, returns the person's active registration if any,
   * checks the registration window, decides the place (approval, quota, open
   * pool or the next waiting-list number) and inserts it with its history row.
   */
  async registerInOneStatement(
    manager: EntityManager,
    r: {
      id: string;
      eventId: string;
      userId: string;
      answers: Record<string, AnswerValue>;
      sensitiveAnswers: Record<string, AnswerValue> | null;
      now: Date;
    },
  ): Promise<{ outcome: 'NOT_OPEN' } | { outcome: 'CLOSED' } | { outcome: 'EXISTING' | 'CREATED'; registration: RegistrationEntity }> {
    // The 6-argument form looks up the delegate's organisation type and ICSs itself.
    const rows: { result: { outcome: 'NOT_OPEN' | 'CLOSED' | 'EXISTING' | 'CREATED'; registration?: Record<string, unknown> } }[] =
      await manager.query('SELECT mic_register_for_event($1::uuid, $2::uuid, $3::uuid, $4::jsonb, $5::jsonb, $6::timestamptz) AS result', [
        r.id,
        r.eventId,
        r.userId,
        JSON.stringify(r.answers),
        r.sensitiveAnswers === null ? null : JSON.stringify(r.sensitiveAnswers),
        r.now,
      ]);
    const { outcome, registration } = rows[0].result;
    if (outcome === 'NOT_OPEN') return { outcome };
    if (outcome === 'CLOSED') return { outcome };
    return { outcome, registration: registrationFromRow(registration as Record<string, unknown>) };
  }

  /** Active registrations of the last day, older than graceSeconds, whose first email is not in the outbox. */
  async findRegistrationsWithoutNotice(graceSeconds: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT r.id FROM ${REG} r
        WHERE r.created_at >= now() - interval '1 day'
          AND r.created_at < now() - make_interval(secs => $1)
          AND r.status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL')
          AND NOT EXISTS (SELECT 1 FROM event_registration_change c
                           WHERE c.registration_id = r.id AND c.reason = 'MOVED' AND c.from_status IS NULL)
          AND NOT EXISTS (SELECT 1 FROM mail_message m
                           WHERE m.idempotency_key IN ('event-confirmed:' || r.id || ':0', 'event-waitlisted:' || r.id, 'event-pending:' || r.id)
                              OR m.idempotency_key LIKE 'event-confirmed:' || r.id || ':%'
                              OR m.idempotency_key LIKE 'event-offer:' || r.id || ':%')
        ORDER BY r.created_at
        LIMIT $2`,
      [graceSeconds, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Inserts a registration and its first history row in one statement. */
  async insertRegistrationWithChange(
    manager: EntityManager,
    r: Pick<RegistrationEntity, 'id' | 'eventId' | 'userId' | 'status' | 'quotaId' | 'icsOdsCode' | 'organisationTypeKey' | 'waitlistPosition' | 'answers' | 'sensitiveAnswers'>,
    actorId: string,
    move?: { fromEventId: string; fromRegistrationId: string },
  ): Promise<RegistrationEntity> {
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH r AS (
         INSERT INTO ${REG} (event_id, user_id, status, quota_id, ics_ods_code, organisation_type_key,
                             waitlist_position, answers, sensitive_answers, consent_at, id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, now(), $11) RETURNING *),
       c AS (INSERT INTO event_registration_change (registration_id, from_status, to_status, actor_id, reason, from_event_id, related_registration_id)
             SELECT id, NULL, status::text, $10, $12, $13::uuid, $14::uuid FROM r)
       SELECT * FROM r`,
      [
        r.eventId,
        r.userId,
        r.status,
        r.quotaId,
        r.icsOdsCode,
        r.organisationTypeKey,
        r.waitlistPosition,
        JSON.stringify(r.answers),
        r.sensitiveAnswers === null ? null : JSON.stringify(r.sensitiveAnswers),
        actorId,
        r.id,
        move ? 'MOVED' : null,
        move?.fromEventId ?? null,
        move?.fromRegistrationId ?? null,
      ],
    );
    return registrationFromRow(rows[0]);
  }

  /** Places held (CONFIRMED or OFFERED) per quota id, '' for the open pool. */
  async placeUsage(manager: EntityManager, eventId: string): Promise<PlaceUsage> {
    const rows: { quota_id: string | null; n: number }[] = await manager.query(
      `SELECT quota_id, count(*)::int AS n FROM ${REG}
        WHERE event_id = $1 AND status IN ('CONFIRMED', 'OFFERED') GROUP BY quota_id`,
      [eventId],
    );
    return new Map(rows.map((r) => [r.quota_id ?? OPEN_POOL, r.n]));
  }

  async nextWaitlistPosition(manager: EntityManager, eventId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT coalesce(max(waitlist_position), 0)::int + 1 AS n FROM ${REG} WHERE event_id = $1`,
      [eventId],
    );
    return rows[0].n;
  }

  findActiveRegistration(manager: EntityManager, eventId: string, userId: string): Promise<RegistrationEntity | null> {
    return manager.getRepository(RegistrationEntity).findOne({
      where: {
        eventId,
        userId,
        status: In([
          RegistrationStatus.CONFIRMED,
          RegistrationStatus.WAITLISTED,
          RegistrationStatus.OFFERED,
          RegistrationStatus.PENDING_APPROVAL,
        ]),
      },
    });
  }

  findRegistration(id: string, manager: EntityManager = this.db.manager): Promise<RegistrationEntity | null> {
    return manager.getRepository(RegistrationEntity).findOneBy({ id });
  }

  findRegistrationsByIds(ids: readonly string[]): Promise<RegistrationEntity[]> {
    return this.db.getRepository(RegistrationEntity).findBy({ id: In([...ids]) });
  }

  /** Waiting registrations in queue order. */
  findWaitlist(manager: EntityManager, eventId: string): Promise<RegistrationEntity[]> {
    return manager.getRepository(RegistrationEntity).find({
      where: { eventId, status: RegistrationStatus.WAITLISTED },
      order: { waitlistPosition: 'ASC' },
    });
  }

  /** Registrations that should hear about changes to the event. */
  findActiveRegistrations(manager: EntityManager, eventId: string): Promise<RegistrationEntity[]> {
    return manager.getRepository(RegistrationEntity).find({
      where: {
        eventId,
        status: In([
          RegistrationStatus.CONFIRMED,
          RegistrationStatus.WAITLISTED,
          RegistrationStatus.OFFERED,
          RegistrationStatus.PENDING_APPROVAL,
        ]),
      },
      order: { createdAt: 'ASC' },
    });
  }

  insertRegistration(manager: EntityManager, row: Partial<RegistrationEntity>): Promise<RegistrationEntity> {
    return manager.getRepository(RegistrationEntity).save(manager.create(RegistrationEntity, row));
  }

  async updateRegistration(manager: EntityManager, id: string, changes: Partial<RegistrationEntity>): Promise<RegistrationEntity> {
    await manager.update(RegistrationEntity, { id }, changes);
    return manager.getRepository(RegistrationEntity).findOneByOrFail({ id });
  }

  async recordChange(
    manager: EntityManager,
    change: {
      registrationId: string;
      fromStatus: string | null;
      toStatus: string;
      actorId: string | null;
      reason?: string | null;
      toEventId?: string | null;
      relatedRegistrationId?: string | null;
    },
  ): Promise<void> {
    await manager.insert(RegistrationChangeEntity, { ...change, reason: change.reason ?? null });
  }

  findChanges(registrationId: string): Promise<RegistrationChangeEntity[]> {
    return this.db.getRepository(RegistrationChangeEntity).find({ where: { registrationId }, order: { createdAt: 'ASC' } });
  }

  /** The history of several registrations in one statement, each oldest first (for the per-request loader). */
  findChangesByRegistrationIds(ids: readonly string[]): Promise<RegistrationChangeEntity[]> {
    return this.db
      .getRepository(RegistrationChangeEntity)
      .find({ where: { registrationId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Marks a check-in unless already checked in, recording it in the history,
   * in one statement; returns whether this call did it.
   */
  async checkIn(id: string, actorId: string): Promise<boolean> {
    const rows: { id: string }[] = await this.db.query(
      `WITH done AS (
         UPDATE ${REG} SET checked_in_at = now(), checked_in_by_id = $2
          WHERE id = $1 AND checked_in_at IS NULL AND status = 'CONFIRMED' RETURNING id, status),
       c AS (INSERT INTO event_registration_change (registration_id, from_status, to_status, actor_id, reason)
             SELECT id, status::text, status::text, $2, '${RegistrationChangeReason.CHECKED_IN}' FROM done)
       SELECT id FROM done`,
      [id, actorId],
    );
    return rows.length > 0;
  }

  async delegateProfile(userId: string): Promise<DelegateProfile & { email: string; name: string; organisationName: string }> {
    const rows: { email: string; name: string; organisation_name: string; type_key: string | null; codes: string[] | null }[] = await this.db.query(
      `SELECT u.email, u.name, o.name AS organisation_name, o.type_key,
              array_remove(array_agg(i.ods_code ORDER BY i.ods_code), NULL) AS codes
         FROM app_user u
         JOIN organisation o ON o.id = u.organisation_id
         LEFT JOIN organisation_ics oi ON oi.organisation_id = o.id
         LEFT JOIN ics i ON i.id = oi.ics_id
        WHERE u.id = $1
        GROUP BY u.email, u.name, o.name, o.type_key`,
      [userId],
    );
    const row = rows[0];
    return {
      email: row?.email ?? '',
      name: row?.name ?? '',
      organisationName: row?.organisation_name ?? '',
      organisationTypeKey: row?.type_key ?? null,
      icsOdsCodes: row?.codes ?? [],
    };
  }

  /** Pass the transaction's manager when holding an event lock: a second pool connection could starve the pool. */
  async usersByIds(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, { email: string; name: string }>> {
    if (!ids.length) return new Map();
    const rows: { id: string; email: string; name: string }[] = await manager.query(
      `SELECT id, email, name FROM app_user WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { email: r.email, name: r.name }]));
  }

  /** Offers past their expiry (the sweep's backstop for lost expiry jobs). */
  async findDueOfferIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM ${REG} WHERE status = 'OFFERED' AND offer_expires_at <= now() ORDER BY offer_expires_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
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
   * cancelled, the case study is published and not already linked. Raises the
   * event version. True when a link was added.
   */
  async linkCaseStudy(eventId: string, caseStudyId: string): Promise<boolean> {
    return changedRows(await this.db.query(
      `UPDATE event SET case_study_ids = array_append(case_study_ids, $2::uuid), version = version + 1, updated_at = now()
        WHERE id = $1 AND status <> 'CANCELLED' AND NOT ($2::uuid = ANY(case_study_ids))
          AND EXISTS (SELECT 1 FROM case_study WHERE id = $2 AND status = 'PUBLISHED')
        RETURNING id`,
      [eventId, caseStudyId],
    ));
  }

  /** Unlinks one case study in one statement (see linkCaseStudy); true when a link was removed. */
  async unlinkCaseStudy(eventId: string, caseStudyId: string): Promise<boolean> {
    return changedRows(await this.db.query(
      `UPDATE event SET case_study_ids = array_remove(case_study_ids, $2::uuid), version = version + 1, updated_at = now()
        WHERE id = $1 AND status <> 'CANCELLED' AND $2::uuid = ANY(case_study_ids)
        RETURNING id`,
      [eventId, caseStudyId],
    ));
  }

  async findUserIdByEmail(email: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM app_user WHERE email = $1`, [email.trim().toLowerCase()]);
    return rows[0]?.id ?? null;
  }

  /** Held and waiting counts per event, for remainingPlaces / waitlistLength. */
  async placeSummaries(eventIds: readonly string[]): Promise<PlaceSummary[]> {
    const rows: { event_id: string; held: number; waiting: number }[] = await this.db.query(
      `SELECT event_id,
              count(*) FILTER (WHERE status IN ('CONFIRMED', 'OFFERED'))::int AS held,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting
         FROM ${REG} WHERE event_id = ANY($1) GROUP BY event_id`,
      [[...eventIds]],
    );
    return rows.map((r) => ({ eventId: r.event_id, held: r.held, waiting: r.waiting }));
  }

  findActiveRegistrationsForUser(userId: string, eventIds: readonly string[]): Promise<RegistrationEntity[]> {
    return this.db.getRepository(RegistrationEntity).find({
      where: {
        userId,
        eventId: In([...eventIds]),
        status: In([
          RegistrationStatus.CONFIRMED,
          RegistrationStatus.WAITLISTED,
          RegistrationStatus.OFFERED,
          RegistrationStatus.PENDING_APPROVAL,
        ]),
      },
    });
  }

  findRegistrationsForUser(userId: string): Promise<RegistrationEntity[]> {
    return this.db.getRepository(RegistrationEntity).find({ where: { userId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  async findDelegates(eventId: string, q: DelegateQuery, page?: PageRequest): Promise<[DelegateRow[], number]> {
    const where: string[] = ['r.event_id = $1'];
    const params: unknown[] = [eventId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.registrationId) add('r.id = ?', q.registrationId);
    if (q.status) add('r.status = ?', q.status);
    if (q.icsOdsCode) add('r.ics_ods_code = ?', q.icsOdsCode);
    if (q.organisationTypeKey) add('r.organisation_type_key = ?', q.organisationTypeKey);
    if (q.tag) add('? = ANY(r.tags)', q.tag);
    if (q.search) {
      params.push(`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(u.name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
    }
    const joins = `FROM ${REG} r JOIN app_user u ON u.id = r.user_id JOIN organisation o ON o.id = u.organisation_id`;
    const base = `${joins} WHERE ${where.join(' AND ')}`;
    const limit = page ? `LIMIT ${page.limit + 1} OFFSET ${page.offset}` : '';
    const rows: {
      id: string;
      name: string;
      email: string;
      organisation_name: string;
      ics_name: string | null;
      organisation_type_label: string | null;
      waitlist_place: number | null;
    }[] = await this.db.query(
      `SELECT r.id, u.name, u.email, o.name AS organisation_name, i.short_name AS ics_name, ot.label AS organisation_type_label,
              ${WAITLIST_PLACE_SQL} AS waitlist_place
         ${joins}
         LEFT JOIN ics i ON i.ods_code = r.ics_ods_code
         LEFT JOIN organisation_type ot ON ot.key = r.organisation_type_key
        WHERE ${where.join(' AND ')}
        ORDER BY u.name, r.id ${limit}`,
      params,
    );
    const count: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n ${base}`, params);
    const regs = await this.findRegistrationsByIds(rows.map((r) => r.id));
    const byId = new Map(regs.map((r) => [r.id, r]));
    return [
      rows.map((r) => ({
        registration: byId.get(r.id) as RegistrationEntity,
        name: r.name,
        email: r.email,
        organisationName: r.organisation_name,
        icsName: r.ics_name,
        organisationTypeLabel: r.organisation_type_label,
        waitlistPlace: r.waitlist_place,
      })),
      count[0].n,
    ];
  }

  /** Confirmed and checked-in counts per ICS and organisation type, with their readable names, by name. */
  async attendance(eventId: string): Promise<
    { icsOdsCode: string | null; icsName: string | null; organisationTypeKey: string | null; organisationTypeLabel: string | null; confirmed: number; attended: number }[]
  > {
    return this.db.query(
      `SELECT r.ics_ods_code AS "icsOdsCode", i.short_name AS "icsName",
              r.organisation_type_key AS "organisationTypeKey", ot.label AS "organisationTypeLabel",
              count(*)::int AS confirmed, count(r.checked_in_at)::int AS attended
         FROM ${REG} r
         LEFT JOIN ics i ON i.ods_code = r.ics_ods_code
         LEFT JOIN organisation_type ot ON ot.key = r.organisation_type_key
        WHERE r.event_id = $1 AND r.status = 'CONFIRMED'
        GROUP BY r.ics_ods_code, i.short_name, r.organisation_type_key, ot.label
        ORDER BY coalesce(i.short_name, r.ics_ods_code) NULLS LAST, coalesce(ot.label, r.organisation_type_key) NULLS LAST`,
      [eventId],
    );
  }

  /**
   * Each waiting registration's place in the queue now (1 = next): its rank
   * among the event's WAITLISTED registrations by queue number. The stored
   * number is given once and never reused, so it goes stale as people ahead
   * leave the list; this never does.
   */
  waitlistPlaces(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<{ id: string; place: number }[]> {
    return manager.query(
      `SELECT r.id, ${WAITLIST_PLACE_SQL} AS place FROM ${REG} r WHERE r.id = ANY($1) AND r.status = 'WAITLISTED'`,
      [[...ids]],
    );
  }

  /** Readable names for `ICS:<ods code>` and `ORGANISATION_TYPE:<key>` keys (quota labels). */
  directoryLabels(keys: readonly string[]): Promise<DirectoryLabel[]> {
    const codes = keys.filter((k) => k.startsWith('ICS:')).map((k) => k.slice(4));
    const types = keys.filter((k) => k.startsWith('ORGANISATION_TYPE:')).map((k) => k.slice(18));
    return this.db.query(
      `SELECT 'ICS:' || ods_code AS key, short_name AS label FROM ics WHERE ods_code = ANY($1)
       UNION ALL
       SELECT 'ORGANISATION_TYPE:' || key, label FROM organisation_type WHERE key = ANY($2)`,
      [codes, types],
    );
  }

  /** Clears sensitive answers of events that ended more than their retention period ago. */
  async purgeSensitiveAnswers(now: Date): Promise<{ eventId: string; purged: number }[]> {
    return this.db.query(
      `WITH purged AS (
         UPDATE ${REG} r SET sensitive_answers = NULL, sensitive_purged_at = $1
           FROM event e
          WHERE e.id = r.event_id AND r.sensitive_answers IS NOT NULL
            AND e.ends_at + make_interval(days => e.retention_days) <= $1
          RETURNING r.event_id)
       SELECT event_id AS "eventId", count(*)::int AS purged FROM purged GROUP BY event_id`,
      [now],
    );
  }

  async calendarFeedToken(userId: string, fresh: string, reset: boolean): Promise<string> {
    const rows: { token: string }[] = await this.db.query(
      reset
        ? `INSERT INTO event_calendar_feed (user_id, token) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = now() RETURNING token`
        : `INSERT INTO event_calendar_feed (user_id, token) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET token = event_calendar_feed.token RETURNING token`,
      [userId, fresh],
    );
    return rows[0].token;
  }

  async userIdByFeedToken(token: string): Promise<string | null> {
    const row = await this.db.getRepository(CalendarFeedEntity).findOneBy({ token });
    return row?.userId ?? null;
  }

  /** Events a user holds or is offered a place at (personal feed). */
  findEventsForFeed(userId: string): Promise<EventEntity[]> {
    return this.db
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where(`e.id IN (SELECT event_id FROM ${REG} WHERE user_id = :userId AND status IN ('CONFIRMED', 'OFFERED'))`, { userId })
      .orderBy('e.starts_at', 'ASC')
      .getMany();
  }

  async completeEndedEvents(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `UPDATE event SET status = 'COMPLETED', version = version + 1, updated_at = now() WHERE status = 'PUBLISHED' AND ends_at <= $1 RETURNING id`,
      [now],
    );
    return (Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : rows).map((r) => r.id);
  }

  // ---- feedback ------------------------------------------------------------

  /** The user's confirmed (possibly checked-in) registration at an event, if any. */
  findConfirmedRegistration(eventId: string, userId: string): Promise<RegistrationEntity | null> {
    return this.db.getRepository(RegistrationEntity).findOneBy({ eventId, userId, status: RegistrationStatus.CONFIRMED });
  }

  /** Inserts feedback unless the registration already has some; null when it did. */
  async insertFeedback(
    manager: EntityManager,
    f: Pick<EventFeedbackEntity, 'eventId' | 'registrationId' | 'userId' | 'rating' | 'useful' | 'interestedCaseStudyIds'>,
  ): Promise<EventFeedbackEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO event_feedback (event_id, registration_id, user_id, rating, useful, interested_case_study_ids)
       VALUES ($1, $2, $3, $4, $5, $6::uuid[])
       ON CONFLICT (registration_id) DO NOTHING RETURNING id`,
      [f.eventId, f.registrationId, f.userId, f.rating, f.useful, f.interestedCaseStudyIds],
    );
    return rows[0] ? manager.getRepository(EventFeedbackEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  /** The user's feedback on an event, locked until the transaction ends (a change reads and replaces it). */
  lockFeedbackForUser(manager: EntityManager, eventId: string, userId: string): Promise<EventFeedbackEntity | null> {
    return manager.getRepository(EventFeedbackEntity).findOne({ where: { eventId, userId }, lock: { mode: 'pessimistic_write' } });
  }

  async updateFeedback(
    manager: EntityManager,
    id: string,
    f: Pick<EventFeedbackEntity, 'rating' | 'useful' | 'interestedCaseStudyIds'>,
  ): Promise<EventFeedbackEntity> {
    await manager.query(
      `UPDATE event_feedback SET rating = $2, useful = $3, interested_case_study_ids = $4::uuid[], updated_at = now() WHERE id = $1`,
      [id, f.rating, f.useful, f.interestedCaseStudyIds],
    );
    return manager.getRepository(EventFeedbackEntity).findOneByOrFail({ id });
  }

  findFeedbackForUser(eventId: string, userId: string): Promise<EventFeedbackEntity | null> {
    return this.db.getRepository(EventFeedbackEntity).findOneBy({ eventId, userId });
  }

  /** Every response to an event with the delegate's name and organisation, newest first. */
  async findFeedback(eventId: string): Promise<(EventFeedbackEntity & { delegateName: string; organisationName: string })[]> {
    const rows: { id: string; name: string; organisation_name: string }[] = await this.db.query(
      `SELECT f.id, u.name, o.name AS organisation_name
         FROM event_feedback f JOIN app_user u ON u.id = f.user_id JOIN organisation o ON o.id = u.organisation_id
        WHERE f.event_id = $1 ORDER BY f.created_at DESC, f.id`,
      [eventId],
    );
    const entities = await this.db.getRepository(EventFeedbackEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows.map((r) => Object.assign(byId.get(r.id) as EventFeedbackEntity, { delegateName: r.name, organisationName: r.organisation_name }));
  }
}
