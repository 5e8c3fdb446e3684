import type { DataSource } from 'typeorm';

export interface EventOverrides {
  title?: string;
  organiserId: string;
  capacity?: number;
  status?: 'DRAFT' | 'PUBLISHED' | 'COMPLETED' | 'CANCELLED';
  startsAt?: Date;
  endsAt?: Date;
  offerHours?: number;
  requiresApproval?: boolean;
  retentionDays?: number;
  onlineUrl?: string | null;
  icsOdsCodes?: string[];
  themes?: string[];
  questions?: { id: string; label: string; type: string; required: boolean; sensitive: boolean; options: string[] }[];
  quotas?: { kind: 'ICS' | 'ORGANISATION_TYPE'; key: string; places: number }[];
}

const DAY_MS = 86_400_000;

/** Persists an event (published, 30 days ahead, by default) with its quotas. */
export async function createEvent(db: DataSource, o: EventOverrides): Promise<{ id: string; title: string }> {
  const startsAt = o.startsAt ?? new Date(Date.now() + 30 * DAY_MS);
  const endsAt = o.endsAt ?? new Date(startsAt.getTime() + 6 * 3_600_000);
  const title = o.title ?? `Test event ${Math.random().toString(36).slice(2, 8)}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO event (title, description, starts_at, ends_at, venue_name, online_url, organiser_user_ids, status,
                        capacity, offer_hours, requires_approval, retention_days, questions, ics_ods_codes, themes, created_by_id)
     VALUES ($1, 'A **test** event.', $2, $3, 'The Studio, Birmingham', $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14)
     RETURNING id`,
    [
      title,
      startsAt,
      endsAt,
      o.onlineUrl ?? null,
      [o.organiserId],
      o.status ?? 'PUBLISHED',
      o.capacity ?? 10,
      o.offerHours ?? 48,
      o.requiresApproval ?? false,
      o.retentionDays ?? 30,
      JSON.stringify(o.questions ?? []),
      o.icsOdsCodes ?? [],
      o.themes ?? [],
      o.organiserId,
    ],
  );
  for (const q of o.quotas ?? []) {
    await db.query(`INSERT INTO event_quota (event_id, kind, key, places) VALUES ($1, $2, $3, $4)`, [rows[0].id, q.kind, q.key, q.places]);
  }
  return { id: rows[0].id, title };
}
