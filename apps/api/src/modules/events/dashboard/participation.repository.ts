import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { DashboardScope } from '../../../common/dashboards/dashboard-measure';

/** One person's attendance at one event. */
export interface AttendanceFact {
  userId: string;
  /** Snapshot at registration: the delegate's ICS and organisation type. */
  icsOdsCode: string | null;
  organisationTypeKey: string | null;
  startsAt: Date;
}

/** Attendances counted (see the class comment): $1 now, $2..$3 the period, $4 the theme, $5 an ICS or null. */
const ATTENDED = `FROM event_registration r JOIN event e ON e.id = r.event_id
          WHERE e.status IN ('PUBLISHED', 'COMPLETED') AND e.starts_at < $1::timestamptz
            AND r.status = 'CONFIRMED'
            AND (r.checked_in_at IS NOT NULL OR NOT EXISTS (
                  SELECT 1 FROM event_registration c WHERE c.event_id = e.id AND c.checked_in_at IS NOT NULL))
            AND ($2::timestamptz IS NULL OR e.starts_at >= $2::timestamptz)
            AND ($3::timestamptz IS NULL OR e.starts_at < $3::timestamptz)
            AND ($4::text IS NULL OR $4::text = ANY(e.themes))
            AND ($5::text IS NULL OR r.ics_ods_code = $5::text)`;

/**
 * Attendance at events, from the events module's own tables. A confirmed
 * registration at a published or completed event that has started counts;
 * where an event recorded check-ins, only checked-in delegates count.
 * Cancelled (and waitlisted, offered, pending or declined) registrations and
 * cancelled events never count.
 */
@Injectable()
export class ParticipationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * `attendances` for every ICS, counted per delegate and ICS in SQL (a row
   * per person, not per attendance). One statement.
   */
  async attendanceCounts(
    scope: DashboardScope,
    now: Date,
  ): Promise<{ userId: string; icsOdsCode: string | null; attendances: number }[]> {
    const rows: { user_id: string; ics_ods_code: string | null; attendances: number }[] =
      await this.db.query(
        `SELECT r.user_id, r.ics_ods_code, count(*)::int AS attendances
           ${ATTENDED}
          GROUP BY r.user_id, r.ics_ods_code`,
        [now, scope.period?.from ?? null, scope.period?.to ?? null, scope.themeKey, null],
      );
    return rows.map((r) => ({
      userId: r.user_id,
      icsOdsCode: r.ics_ods_code,
      attendances: r.attendances,
    }));
  }

  /** One statement whatever the number of events or registrations; `icsOdsCode` null: every ICS. */
  async attendances(
    scope: DashboardScope,
    now: Date,
    icsOdsCode: string | null,
  ): Promise<AttendanceFact[]> {
    const rows: {
      user_id: string;
      ics_ods_code: string | null;
      organisation_type_key: string | null;
      starts_at: Date;
    }[] = await this.db.query(
      `SELECT r.user_id, r.ics_ods_code, r.organisation_type_key, e.starts_at
           ${ATTENDED}`,
      [now, scope.period?.from ?? null, scope.period?.to ?? null, scope.themeKey, icsOdsCode],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      icsOdsCode: r.ics_ods_code,
      organisationTypeKey: r.organisation_type_key,
      startsAt: r.starts_at,
    }));
  }
}
