import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { beforeParam, FeedSource, followedIds } from '../../common/feed/feed-source';
import type { FeedItem, FeedQuery, FeedSourceProvider } from '../../common/feed/feed-source';
import { Audience } from '../../common/visibility/audience';

interface Row {
  id: string;
  title: string;
  starts_at: Date;
  created_at: Date;
  created_by_id: string | null;
  places_left: number;
}

/**
 * Upcoming published events that still have places, for followers of the
 * event, its ICSs, its themes or its organiser. Published events are public;
 * drafts, cancelled, past and full events never appear.
 */
@FeedSource({ source: 'events', subjectTypes: ['EVENT', 'ICS', 'THEME', 'ORGANISATION'] })
@Injectable()
export class EventsFeedSource implements FeedSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(query: FeedQuery): Promise<FeedItem[]> {
    const uuid = (id: string) => isUUID(id, 'loose');
    const rows: Row[] = await this.db.query(
      `SELECT * FROM (
         SELECT e.id, e.title, e.starts_at, e.created_at, e.created_by_id,
                e.capacity - (SELECT count(*) FROM event_registration r
                               WHERE r.event_id = e.id AND r.status IN ('CONFIRMED', 'OFFERED'))::int AS places_left
           FROM event e
          WHERE e.status = 'PUBLISHED' AND e.starts_at > now() AND e.created_at < $5
            AND ($1::boolean OR e.id = ANY($2::uuid[]) OR e.ics_ods_codes && $3::varchar[]
                 OR e.themes && $4::varchar[] OR e.organiser_organisation_id = ANY($6::uuid[]))
       ) x WHERE places_left > 0
       ORDER BY created_at DESC, id LIMIT $7`,
      [
        query.subjects === null,
        followedIds(query.subjects, 'EVENT', uuid),
        followedIds(query.subjects, 'ICS'),
        followedIds(query.subjects, 'THEME'),
        beforeParam(query.before),
        followedIds(query.subjects, 'ORGANISATION', uuid),
        query.limit,
      ],
    );
    return rows.map((r) => {
      const when = new Date(r.starts_at).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/London',
      });
      return {
        id: r.id,
        verb: 'EVENT_UPCOMING',
        summary: `Upcoming event on ${when}: ${r.title} (${r.places_left} place${r.places_left === 1 ? '' : 's'} left)`,
        subject: { type: 'EVENT', id: r.id, title: r.title, url: `/events/${r.id}` },
        actorId: r.created_by_id,
        occurredAt: new Date(r.created_at),
        audience: [Audience.anyone()],
      };
    });
  }
}
