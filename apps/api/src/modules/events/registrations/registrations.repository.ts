import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { AnswerValue } from '../entities/registration.entity';
import { ACTIVE_STATUSES, RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { RegistrationChangeEntity } from '../entities/registration-change.entity';
import type { PlaceUsage } from '../events.policy';
import { OPEN_POOL } from '../events.policy';

export const REG = 'event_registration';

/**
 * The live waiting-list place of registration `r` (1 = next in the queue):
 * its rank by queue number among the event's registrations still WAITLISTED;
 * null when `r` is not waiting.
 */
export const WAITLIST_PLACE_SQL = `CASE WHEN r.status = 'WAITLISTED' AND r.waitlist_position IS NOT NULL THEN
  (SELECT count(*)::int FROM event_registration w
    WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_position <= r.waitlist_position) END`;

export interface PlaceSummary {
  eventId: string;
  held: number;
  waiting: number;
}

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

export type RegisterOutcome =
  | { outcome: 'STALE' }
  | { outcome: 'NOT_OPEN' }
  | { outcome: 'CLOSED' }
  | { outcome: 'EXISTING' | 'CREATED'; registration: RegistrationEntity };

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

/** All SQL for registrations, their history and places; no business rules. */
@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  get manager(): EntityManager {
    return this.db.manager;
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
    return { existingId: row.existing_id, quotas: row.quotas, usage: new Map(Object.entries(row.usage)), nextPosition: row.next_position };
  }

  /**
   * A new registration in one statement (the mic_register_at_event_version function): looks
   * up the delegate's organisation type and ICSs, locks the event row, answers STALE when the
   * event's version is not `eventVersion` (the copy the answers were checked against), returns
   * the person's active registration if any, checks the registration window, decides the place
   * (approval, quota, open pool or the next waiting-list number) and inserts it with its
   * history row.
   */
  async registerInOneStatement(
    manager: EntityManager,
    r: {
      id: string;
      eventId: string;
      eventVersion: number;
      userId: string;
      answers: Record<string, AnswerValue>;
      sensitiveAnswers: Record<string, AnswerValue> | null;
      now: Date;
    },
  ): Promise<RegisterOutcome> {
    const rows: { result: { outcome: 'STALE' | 'NOT_OPEN' | 'CLOSED' | 'EXISTING' | 'CREATED'; registration?: Record<string, unknown> } }[] =
      await manager.query(
        'SELECT mic_register_at_event_version($1::uuid, $2::uuid, $3::integer, $4::uuid, $5::jsonb, $6::jsonb, $7::timestamptz) AS result',
        [
          r.id,
          r.eventId,
          r.eventVersion,
          r.userId,
          JSON.stringify(r.answers),
          r.sensitiveAnswers === null ? null : JSON.stringify(r.sensitiveAnswers),
          r.now,
        ],
      );
    const { outcome, registration } = rows[0].result;
    if (outcome === 'STALE' || outcome === 'NOT_OPEN' || outcome === 'CLOSED') return { outcome };
    return { outcome, registration: registrationFromRow(registration as Record<string, unknown>) };
  }

  /**
   * Active registrations of the last day, older than graceSeconds and not
   * created by a move, oldest first (the notice sweep's candidates; whether
   * their first email is in the outbox is the mail module's to say).
   */
  async findRecentRegistrationsNotMoved(graceSeconds: number, limit: number, offset: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT r.id FROM ${REG} r
        WHERE r.created_at >= now() - interval '1 day'
          AND r.created_at < now() - make_interval(secs => $1)
          AND r.status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL')
          AND NOT EXISTS (SELECT 1 FROM event_registration_change c
                           WHERE c.registration_id = r.id AND c.reason = 'MOVED' AND c.from_status IS NULL)
        ORDER BY r.created_at, r.id
        LIMIT $2 OFFSET $3`,
      [graceSeconds, limit, offset],
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

  findActiveRegistration(manager: EntityManager, eventId: string, userId: string): Promise<RegistrationEntity | null> {
    return manager.getRepository(RegistrationEntity).findOne({ where: { eventId, userId, status: In(ACTIVE_STATUSES) } });
  }

  findRegistration(id: string, manager: EntityManager = this.db.manager): Promise<RegistrationEntity | null> {
    return manager.getRepository(RegistrationEntity).findOneBy({ id });
  }

  /** Waiting registrations in queue order. */
  findWaitlist(manager: EntityManager, eventId: string): Promise<RegistrationEntity[]> {
    return manager.getRepository(RegistrationEntity).find({ where: { eventId, status: RegistrationStatus.WAITLISTED }, order: { waitlistPosition: 'ASC' } });
  }

  /** Registrations that should hear about changes to the event. */
  findActiveRegistrations(manager: EntityManager, eventId: string): Promise<RegistrationEntity[]> {
    return manager.getRepository(RegistrationEntity).find({ where: { eventId, status: In(ACTIVE_STATUSES) }, order: { createdAt: 'ASC' } });
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
    return this.db.getRepository(RegistrationChangeEntity).find({ where: { registrationId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Offers past their expiry (the sweep's backstop for lost expiry jobs). */
  async findDueOfferIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM ${REG} WHERE status = 'OFFERED' AND offer_expires_at <= now() ORDER BY offer_expires_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
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
    return this.db.getRepository(RegistrationEntity).find({ where: { userId, eventId: In([...eventIds]), status: In(ACTIVE_STATUSES) } });
  }

  findRegistrationsForUser(userId: string): Promise<RegistrationEntity[]> {
    return this.db.getRepository(RegistrationEntity).find({ where: { userId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  /**
   * Each waiting registration's place in the queue now (1 = next): its rank
   * among the event's WAITLISTED registrations by queue number. The stored
   * number is given once and never reused, so it goes stale as people ahead
   * leave the list; this never does.
   */
  waitlistPlaces(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<{ id: string; place: number }[]> {
    return manager.query(`SELECT r.id, ${WAITLIST_PLACE_SQL} AS place FROM ${REG} r WHERE r.id = ANY($1) AND r.status = 'WAITLISTED'`, [[...ids]]);
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
}
