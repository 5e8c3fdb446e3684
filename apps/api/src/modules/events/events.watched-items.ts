import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { WatchedItemSource } from '../../common/watching/watched-items';
import type { WatchedItem, WatchedItemSourceProvider } from '../../common/watching/watched-items';
import { EventStatus } from './entities/event.entity';
import { eventAudience } from './events.policy';

interface Row {
  id: string;
  title: string;
  status: EventStatus;
  organiser_organisation_id: string | null;
  organiser_user_ids: string[];
  themes: string[] | null;
  ics_ods_codes: string[] | null;
  created_at: Date;
}

/**
 * Events for watchers: a published event belongs to its ICSs, its themes
 * and its organising organisation; its organisers are never alerted about
 * it. One statement whatever the number of ids.
 */
@WatchedItemSource({ type: 'EVENT', feature: 'events' })
@Injectable()
export class EventsWatchedItems implements WatchedItemSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published events changed in the window (events do not record when they were published). */
  async publishedBetween(from: Date, to: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM event
        WHERE status = $1 AND updated_at >= $2 AND updated_at < $3
        ORDER BY updated_at LIMIT $4`,
      [EventStatus.PUBLISHED, from, to, limit],
    );
    return rows.map((r) => r.id);
  }

  async describe(ids: readonly string[]): Promise<WatchedItem[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: Row[] = await this.db.query(
      `SELECT id, title, status, organiser_organisation_id, organiser_user_ids, themes, ics_ods_codes, created_at
         FROM event WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    return rows.map((r) => ({
      type: 'EVENT',
      id: r.id,
      title: r.title,
      summary: `New event: ${r.title}`,
      url: `/events/${r.id}`,
      published: r.status === EventStatus.PUBLISHED,
      subjects: [
        ...(r.ics_ods_codes ?? []).map((code) => ({ type: 'ICS', id: code })),
        ...(r.themes ?? []).map((key) => ({ type: 'THEME', id: key })),
        ...(r.organiser_organisation_id
          ? [{ type: 'ORGANISATION', id: r.organiser_organisation_id }]
          : []),
      ],
      authorIds: r.organiser_user_ids,
      audience: eventAudience({ status: r.status, organiserUserIds: r.organiser_user_ids }),
      // Events do not record when they were published: created is no later.
      publishedAt: r.status === EventStatus.PUBLISHED ? r.created_at : null,
      publishedBy: null,
    }));
  }
}
