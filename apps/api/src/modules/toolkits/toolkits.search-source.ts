import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { changedDocuments, labelsOf, searchText } from '../../common/search/search-paging';
import { SearchSource } from '../../common/search/search-source';
import type {
  SearchDocument,
  SearchDocumentPage,
  SearchFacets,
  SearchSourceProvider,
} from '../../common/search/search-source';
import { Audience } from '../../common/visibility/audience';
import { DirectoryLookups } from '../directory/directory.lookups';
import { DirectoryRepository } from '../directory/directory.repository';
import type { ToolkitSectionData } from './entities/toolkit-version.entity';

/**
 * Toolkits are for signed-in members (their queries are not public), so each
 * document's audience is everyone signed in. A toolkit changes when it is
 * created and when a version is published (versions are immutable).
 */
const MEMBERS = [Audience.signedIn()];

interface ToolkitSearchRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  owner_organisation_id: string;
  theme_keys: string[];
  changed_at: Date;
  changelog: string | null;
  sections: ToolkitSectionData[] | null;
}

const CHANGED_AT = `greatest(t.created_at,
       (SELECT max(v.published_at) FROM toolkit_version v WHERE v.toolkit_id = t.id))`;

const TOOLKIT_CHANGES_SQL = `SELECT t.id::text AS id, ${CHANGED_AT} AS changed_at FROM toolkit t`;

/** One row per section of each toolkit's current version, id `<toolkitId>:<sectionKey>`. */
const SECTION_CHANGES_SQL = `SELECT t.id::text || ':' || (s.section->>'key') AS id, ${CHANGED_AT} AS changed_at
  FROM toolkit t
  JOIN LATERAL (SELECT v.sections FROM toolkit_version v WHERE v.toolkit_id = t.id
                 ORDER BY v.number DESC LIMIT 1) cv ON true
  CROSS JOIN LATERAL jsonb_array_elements(cv.sections) AS s(section)`;

/** Toolkits with their current version, and the directory's names, in two statements. */
@Injectable()
export class ToolkitSearchReader {
  constructor(
    @InjectDataSource() readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  async load(toolkitIds: readonly string[]): Promise<{ rows: ToolkitSearchRow[]; lookups: DirectoryLookups }> {
    const wanted = [...new Set(toolkitIds.filter((id) => isUUID(id, 'loose')))];
    if (!wanted.length) return { rows: [], lookups: new DirectoryLookups([]) };
    const rows: ToolkitSearchRow[] = await this.db.query(
      `SELECT t.id, t.slug, t.title, t.summary, t.owner_organisation_id, t.theme_keys,
              ${CHANGED_AT} AS changed_at, cv.changelog, cv.sections
         FROM toolkit t
         LEFT JOIN LATERAL (SELECT v.changelog, v.sections FROM toolkit_version v
                             WHERE v.toolkit_id = t.id ORDER BY v.number DESC LIMIT 1) cv ON true
        WHERE t.id = ANY($1::uuid[])`,
      [wanted],
    );
    const lookups = new DirectoryLookups(
      rows.length
        ? await this.directory.searchLookups({
            organisationIds: rows.map((r) => r.owner_organisation_id),
            themeKeys: rows.flatMap((r) => r.theme_keys),
          })
        : [],
    );
    return { rows, lookups };
  }
}

function facetsOf(
  r: ToolkitSearchRow,
  lookups: DirectoryLookups,
): { facets: SearchFacets; facetLabels: Record<string, Record<string, string>> } {
  const icss = lookups.organisationIcss(r.owner_organisation_id);
  return {
    facets: { ics: icss.map((i) => i.code), theme: r.theme_keys },
    facetLabels: {
      ics: labelsOf(icss.map((i) => [i.code, i.label] as const)),
      theme: labelsOf(r.theme_keys.map((k) => [k, lookups.theme(k)] as const)),
    },
  };
}

/** A toolkit: its title and summary, the owner, and its current version's changelog and section titles. */
@SearchSource({ type: 'TOOLKIT', feature: 'toolkits', label: 'Toolkits' })
@Injectable()
export class ToolkitsSearchSource implements SearchSourceProvider {
  constructor(private readonly reader: ToolkitSearchReader) {}

  changedSince(since: Date | null, limit: number, after?: string | null): Promise<SearchDocumentPage> {
    return changedDocuments(this.reader.db, TOOLKIT_CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const { rows, lookups } = await this.reader.load(ids);
    return rows.map((r) => ({
      type: 'TOOLKIT',
      id: r.id,
      title: r.title,
      summary: searchText(r.summary) || null,
      body: [
        lookups.organisation(r.owner_organisation_id)?.name ?? '',
        (r.sections ?? []).map((s) => s.title).join(', '),
        searchText(r.changelog),
        r.theme_keys.map((k) => lookups.theme(k) ?? '').filter(Boolean).join(', '),
      ]
        .filter(Boolean)
        .join('\n'),
      url: `/toolkits/${r.slug}`,
      ...facetsOf(r, lookups),
      updatedAt: r.changed_at,
      audience: MEMBERS,
    }));
  }
}

/**
 * Each section of a toolkit's current version as its own result, linked to
 * its anchor on the toolkit page (`#section-<key>`). A section a newer
 * version dropped no longer exists (left out of byIds).
 */
@SearchSource({ type: 'TOOLKIT_SECTION', feature: 'toolkits', label: 'Toolkit sections' })
@Injectable()
export class ToolkitSectionsSearchSource implements SearchSourceProvider {
  constructor(private readonly reader: ToolkitSearchReader) {}

  changedSince(since: Date | null, limit: number, after?: string | null): Promise<SearchDocumentPage> {
    return changedDocuments(this.reader.db, SECTION_CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = [...new Set(ids)].map(splitSectionId).filter((p): p is [string, string] => !!p);
    const { rows, lookups } = await this.reader.load(wanted.map(([toolkitId]) => toolkitId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const docs: SearchDocument[] = [];
    for (const [toolkitId, key] of wanted) {
      const r = byId.get(toolkitId.toLowerCase());
      const section = r?.sections?.find((s) => s.key === key);
      if (!r || !section) continue;
      docs.push({
        type: 'TOOLKIT_SECTION',
        id: `${r.id}:${section.key}`,
        title: `${section.title}: ${r.title}`,
        summary: searchText(r.summary) || null,
        body: searchText(section.body),
        url: `/toolkits/${r.slug}#section-${section.key}`,
        ...facetsOf(r, lookups),
        updatedAt: r.changed_at,
        audience: MEMBERS,
      });
    }
    return docs;
  }
}

/** `<toolkitId>:<sectionKey>` as its two parts, or null when malformed. */
export function splitSectionId(id: string): [string, string] | null {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) return null;
  const toolkitId = id.slice(0, at);
  return isUUID(toolkitId, 'loose') ? [toolkitId, id.slice(at + 1)] : null;
}
