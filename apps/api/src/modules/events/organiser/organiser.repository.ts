import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { RegistrationEntity } from '../entities/registration.entity';
import { RegistrationChangeReason } from '../entities/registration-change.entity';
import { REG, WAITLIST_PLACE_SQL, registrationFromRow } from '../registrations/registrations.repository';

/** The registration filters of the delegate list (the person's name and email are searched by DelegatesReader). */
export interface DelegateFilter {
  /** One registration (the organiser's page for one delegate). */
  registrationId?: string;
  status?: string;
  icsOdsCode?: string;
  organisationTypeKey?: string;
  tag?: string;
}

export interface AttendanceCount {
  icsOdsCode: string | null;
  organisationTypeKey: string | null;
  confirmed: number;
  attended: number;
}

/** SQL for the organiser's tools over the event's own tables: delegate rows, attendance counts, check-in. */
@Injectable()
export class OrganiserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** An event's registrations matching the filter, each with its live waiting-list place, in one statement. */
  async delegateRegistrations(eventId: string, q: DelegateFilter): Promise<{ registration: RegistrationEntity; waitlistPlace: number | null }[]> {
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
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT r.*, ${WAITLIST_PLACE_SQL} AS waitlist_place FROM ${REG} r WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows.map((row) => ({ registration: registrationFromRow(row), waitlistPlace: (row.waitlist_place as number | null) ?? null }));
  }

  /** Confirmed and checked-in counts per ICS and organisation type (as snapshotted at registration). */
  attendanceCounts(eventId: string): Promise<AttendanceCount[]> {
    return this.db.query(
      `SELECT r.ics_ods_code AS "icsOdsCode", r.organisation_type_key AS "organisationTypeKey",
              count(*)::int AS confirmed, count(r.checked_in_at)::int AS attended
         FROM ${REG} r
        WHERE r.event_id = $1 AND r.status = 'CONFIRMED'
        GROUP BY r.ics_ods_code, r.organisation_type_key`,
      [eventId],
    );
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
}
