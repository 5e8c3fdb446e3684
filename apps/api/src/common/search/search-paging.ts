import type { DataSource, EntityManager } from 'typeorm';

import { isUuid } from '../ids/uuid';
import { markdownToText } from '../markdown/render-markdown';
import type { SearchDocument, SearchDocumentPage } from './search-source';

/**
 * Shared plumbing for `@SearchSource` providers: keyset paging of changes
 * and plain text. Features keep their SQL; this knows no table.
 */

/** A change as a source's SQL reports it: the document id and when it last changed. */
interface ChangedRow {
  id: string;
  changed_key: string;
}

const SEPARATOR = '|';

/** The opaque cursor: the change time as PostgreSQL printed it (microseconds kept) and the id. */
export function encodeSearchCursor(changedKey: string, id: string): string {
  return Buffer.from(`${changedKey}${SEPARATOR}${id}`, 'utf8').toString('base64url');
}

/** Null for no cursor; a malformed cursor starts from the beginning rather than failing the sweep. */
export function decodeSearchCursor(
  cursor: string | null | undefined,
): { changedKey: string; id: string } | null {
  if (!cursor) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const at = text.indexOf(SEPARATOR); // the time never holds one; the id may
  if (at <= 0 || Number.isNaN(Date.parse(text.slice(0, at)))) return null;
  return { changedKey: text.slice(0, at), id: text.slice(at + 1) };
}

/**
 * One keyset page of changed document ids. `changesSql` is the feature's own
 * SELECT with the columns `id` (text) and `changed_at` (timestamptz), one
 * row per document, deleted and hidden ones included. Ordered by
 * (changed_at, id), oldest first; `next` is null on the last page.
 */
export async function changedIdsPage(
  db: DataSource | EntityManager,
  changesSql: string,
  since: Date | null,
  limit: number,
  after?: string | null,
): Promise<{ ids: string[]; next: string | null }> {
  const cursor = decodeSearchCursor(after);
  const take = Math.max(1, Math.floor(limit));
  const rows: ChangedRow[] = await db.query(
    `SELECT c.id::text AS id, c.changed_at::text AS changed_key
       FROM (${changesSql}) c
      WHERE ($1::timestamptz IS NULL OR c.changed_at >= $1::timestamptz)
        AND ($2::timestamptz IS NULL OR (c.changed_at, c.id::text) > ($2::timestamptz, $3::text))
      ORDER BY c.changed_at, c.id::text
      LIMIT $4`,
    [since, cursor?.changedKey ?? null, cursor?.id ?? null, take + 1],
  );
  const page = rows.slice(0, take);
  const last = page[page.length - 1];
  return {
    ids: page.map((r) => r.id),
    next: rows.length > take && last ? encodeSearchCursor(last.changed_key, last.id) : null,
  };
}

/**
 * The `id`s one statement finds for some uuid ids (`$1`, a uuid[]), e.g. the
 * documents that show renamed organisations. Ids that are not uuids are
 * dropped; none left: no statement.
 */
export async function idsForUuids(
  db: DataSource | EntityManager,
  sql: string,
  ids: readonly string[],
): Promise<string[]> {
  const wanted = ids.filter(isUuid);
  if (!wanted.length) return [];
  const rows: { id: string }[] = await db.query(sql, [wanted]);
  return rows.map((r) => r.id);
}

/** A changedSince built from a change query and the source's own byIds, in page order. */
export async function changedDocuments(
  db: DataSource | EntityManager,
  changesSql: string,
  byIds: (ids: readonly string[]) => Promise<SearchDocument[]>,
  since: Date | null,
  limit: number,
  after?: string | null,
): Promise<SearchDocumentPage> {
  const { ids, next } = await changedIdsPage(db, changesSql, since, limit, after);
  const docs = ids.length ? await byIds(ids) : [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    documents: ids.map((id) => byId.get(id)).filter((d): d is SearchDocument => !!d),
    next,
  };
}

/** Plain text of Markdown sources for a document body: no length cap, empty parts dropped. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .map((p) => (p ? markdownToText(p, Number.MAX_SAFE_INTEGER) : ''))
    .filter(Boolean)
    .join('\n');
}

/** facetLabels for one facet from (code, label) pairs; undefined labels are left out. */
export function labelsOf(
  pairs: Iterable<readonly [string, string | undefined]>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, label] of pairs) if (label) out[code] = label;
  return out;
}
