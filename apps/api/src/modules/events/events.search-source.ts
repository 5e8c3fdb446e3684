import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import {
  changedDocuments,
  idsForUuids,
  labelsOf,
  searchText,
} from '../../common/search/search-paging';
import { SearchSource } from '../../common/search/search-source';
import type {
  SearchDocument,
  SearchDocumentPage,
  SearchSourceProvider,
} from '../../common/search/search-source';
import { DirectoryLookups } from '../directory/directory.lookups';
import { DirectoryRepository } from '../directory/directory.repository';
import { EventStatus } from './entities/event.entity';
import { eventAudience } from './events.policy';

interface EventSearchRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  venue_name: string | null;
  venue_address: string | null;
  organiser_organisation_id: string | null;
  organiser_user_ids: string[];
  themes: string[];
  ics_ods_codes: string[];
  status: EventStatus;
  updated_at: Date;
}

/** Every change to an event (publish, cancel, edits, completion) bumps updated_at. */
const CHANGES_SQL = `SELECT id, updated_at AS changed_at FROM event`;

const STATUS_NOTE: Partial<Record<EventStatus, string>> = {
  [EventStatus.CANCELLED]: 'Cancelled. ',
  [EventStatus.COMPLETED]: 'Took place ',
};

/**
 * Events in search: title, description, venue (never the online joining
 * link), the organising organisation, themes and the ICSs it is aimed at.
 */
@SearchSource({ type: 'EVENT', feature: 'events', label: 'Events' })
@Injectable()
export class EventsSearchSource implements SearchSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Events showing a renamed organising organisation, theme or ICS. One statement. */
  async dependentIds(referenceType: string, referenceIds: readonly string[]): Promise<string[]> {
    const column = {
      ORGANISATION: 'organiser_organisation_id',
      THEME: 'themes',
      ICS: 'ics_ods_codes',
    }[referenceType];
    if (!column || !referenceIds.length) return [];
    if (referenceType === 'ORGANISATION') {
      return idsForUuids(
        this.db,
        `SELECT id FROM event WHERE organiser_organisation_id = ANY($1::uuid[])`,
        referenceIds,
      );
    }
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM event WHERE ${column} && $1::varchar[]`,
      [[...referenceIds]],
    );
    return rows.map((r) => r.id);
  }

  changedSince(
    since: Date | null,
    limit: number,
    after?: string | null,
  ): Promise<SearchDocumentPage> {
    return changedDocuments(this.db, CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  /** Two statements whatever the number of ids. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: EventSearchRow[] = await this.db.query(
      `SELECT id, title, description, starts_at, venue_name, venue_address, organiser_organisation_id,
              organiser_user_ids, themes, ics_ods_codes, status, updated_at
         FROM event WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    if (!rows.length) return [];
    const lookups = new DirectoryLookups(
      await this.directory.searchLookups({
        icsOdsCodes: rows.flatMap((r) => r.ics_ods_codes),
        organisationIds: rows.flatMap((r) =>
          r.organiser_organisation_id ? [r.organiser_organisation_id] : [],
        ),
        themeKeys: rows.flatMap((r) => r.themes),
      }),
    );
    return rows.map((r) => {
      const when = r.starts_at.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/London',
      });
      const where = r.venue_name ?? 'Online';
      return {
        type: 'EVENT',
        id: r.id,
        title: r.title,
        summary: `${STATUS_NOTE[r.status] ?? ''}${when}, ${where}.`,
        body: [
          searchText(r.description),
          [r.venue_name, r.venue_address].filter(Boolean).join(', '),
          lookups.organisation(r.organiser_organisation_id)?.name ?? '',
          r.ics_ods_codes
            .map((c) => lookups.icsName(c) ?? '')
            .filter(Boolean)
            .join(', '),
          r.themes
            .map((k) => lookups.theme(k) ?? '')
            .filter(Boolean)
            .join(', '),
        ]
          .filter(Boolean)
          .join('\n'),
        url: `/events/${r.id}`,
        facets: { ics: r.ics_ods_codes, theme: r.themes },
        facetLabels: {
          ics: labelsOf(r.ics_ods_codes.map((c) => [c, lookups.icsName(c)] as const)),
          theme: labelsOf(r.themes.map((k) => [k, lookups.theme(k)] as const)),
        },
        updatedAt: r.updated_at,
        audience: eventAudience({ status: r.status, organiserUserIds: r.organiser_user_ids }),
      };
    });
  }
}
