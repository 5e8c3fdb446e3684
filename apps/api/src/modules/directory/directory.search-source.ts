import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { changedDocuments, labelsOf, searchText } from '../../common/search/search-paging';
import { SearchSource } from '../../common/search/search-source';
import type {
  SearchDocument,
  SearchDocumentPage,
  SearchSourceProvider,
} from '../../common/search/search-source';
import { Audience } from '../../common/visibility/audience';

interface OrganisationSearchRow {
  id: string;
  name: string;
  type_key: string;
  type_label: string | null;
  description: string | null;
  updated_at: Date;
  icss: { code: string; name: string }[];
  places: string[];
}

/** An organisation's row is updated on every edit (updated_at). */
const CHANGES_SQL = `SELECT id, updated_at AS changed_at FROM organisation`;

/**
 * Organisations in search, for anyone (the directory is public): name, type,
 * description, ICSs and places; never the email domains used for
 * membership checks.
 */
@SearchSource({ type: 'ORGANISATION', feature: 'directory', label: 'Organisations' })
@Injectable()
export class OrganisationsSearchSource implements SearchSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  changedSince(
    since: Date | null,
    limit: number,
    after?: string | null,
  ): Promise<SearchDocumentPage> {
    return changedDocuments(this.db, CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  /** One statement whatever the number of ids. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: OrganisationSearchRow[] = await this.db.query(
      `SELECT o.id, o.name, o.type_key, ot.label AS type_label, o.description, o.updated_at,
              coalesce((SELECT json_agg(json_build_object('code', i.ods_code, 'name', i.name) ORDER BY i.ods_code)
                          FROM organisation_ics oi JOIN ics i ON i.id = oi.ics_id
                         WHERE oi.organisation_id = o.id), '[]') AS icss,
              coalesce((SELECT array_agg(p.name ORDER BY p.name)
                          FROM organisation_place op JOIN place p ON p.id = op.place_id
                         WHERE op.organisation_id = o.id), '{}') AS places
         FROM organisation o
         LEFT JOIN organisation_type ot ON ot.key = o.type_key
        WHERE o.id = ANY($1::uuid[])`,
      [wanted],
    );
    return rows.map((r) => ({
      type: 'ORGANISATION',
      id: r.id,
      title: r.name,
      summary: [r.type_label ?? r.type_key, r.icss.map((i) => i.name).join(', ')]
        .filter(Boolean)
        .join(' in '),
      body: [searchText(r.description), r.places.join(', ')].filter(Boolean).join('\n'),
      url: `/organisations/${r.id}`,
      facets: { ics: r.icss.map((i) => i.code), organisationType: [r.type_key] },
      facetLabels: {
        ics: labelsOf(r.icss.map((i) => [i.code, i.name] as const)),
        organisationType: labelsOf([[r.type_key, r.type_label ?? undefined]]),
      },
      updatedAt: r.updated_at,
      audience: [Audience.anyone()],
    }));
  }
}
