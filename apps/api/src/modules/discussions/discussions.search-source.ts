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
import type { AudienceToken } from '../../common/visibility/audience';
import { Audience } from '../../common/visibility/audience';
import { DirectoryLookups } from '../directory/directory.lookups';
import { DirectoryRepository } from '../directory/directory.repository';
import { threadLink, ThreadSubjectType } from './discussions.constants';
import { mentionsToLinks } from './mentions';

/**
 * Threads and comments are read by signed-in members (the thread queries are
 * not public), so that is their audience; a removed (deleted) or hidden
 * comment, and a thread whose opening post is removed or hidden, are found
 * by nobody. The opening post is searched as part of its thread, so as a
 * COMMENT it has an empty audience (no duplicate result).
 */
const MEMBERS: readonly AudienceToken[] = [Audience.signedIn()];

/** When a comment last changed in any way: posted, edited, hidden, restored or removed. */
const COMMENT_CHANGED_AT = `c.updated_at`;

/** The thread's opening post: its first top-level comment. */
const OPENING_POST = `LEFT JOIN LATERAL (SELECT c.id, c.body, c.deleted_at, c.hidden_at, ${COMMENT_CHANGED_AT} AS changed_at
                     FROM comment c WHERE c.thread_id = t.id AND c.parent_id IS NULL
                    ORDER BY c.created_at, c.id LIMIT 1) op ON true`;

const THREAD_CHANGES_SQL = `SELECT t.id, greatest(t.created_at, op.changed_at) AS changed_at FROM thread t ${OPENING_POST}`;

const COMMENT_CHANGES_SQL = `SELECT c.id, ${COMMENT_CHANGED_AT} AS changed_at FROM comment c`;

/** Plain text of a comment's Markdown, mentions as the person's name. */
const commentText = (body: string): string => searchText(mentionsToLinks(body));

const shorten = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

interface ThreadSearchRow {
  id: string;
  title: string;
  subject_type: string;
  subject_id: string;
  changed_at: Date;
  body: string | null;
  removed: boolean;
}

/** Threads: the title and the opening post; a thread about a theme carries the theme facet. */
@SearchSource({ type: 'THREAD', feature: 'discussions', label: 'Discussions' })
@Injectable()
export class ThreadsSearchSource implements SearchSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  changedSince(since: Date | null, limit: number, after?: string | null): Promise<SearchDocumentPage> {
    return changedDocuments(this.db, THREAD_CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  /** Two statements whatever the number of ids. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: ThreadSearchRow[] = await this.db.query(
      `SELECT t.id, t.title, t.subject_type, t.subject_id,
              greatest(t.created_at, op.changed_at) AS changed_at, op.body,
              (op.id IS NULL OR op.deleted_at IS NOT NULL OR op.hidden_at IS NOT NULL) AS removed
         FROM thread t ${OPENING_POST}
        WHERE t.id = ANY($1::uuid[])`,
      [wanted],
    );
    const themeOf = (r: ThreadSearchRow) =>
      r.subject_type === ThreadSubjectType.THEME ? [r.subject_id] : [];
    const themeKeys = rows.flatMap(themeOf);
    const lookups = new DirectoryLookups(
      themeKeys.length ? await this.directory.searchLookups({ themeKeys }) : [],
    );
    return rows.map((r) => {
      const text = r.removed || !r.body ? '' : commentText(r.body);
      return {
        type: 'THREAD',
        id: r.id,
        title: r.title,
        summary: text ? shorten(text, 300) : null,
        body: text,
        url: threadLink(r.id),
        facets: { theme: themeOf(r) },
        facetLabels: { theme: labelsOf(themeOf(r).map((k) => [k, lookups.theme(k)] as const)) },
        updatedAt: r.changed_at,
        audience: r.removed ? [] : MEMBERS,
      };
    });
  }
}

interface CommentSearchRow {
  id: string;
  thread_id: string;
  thread_title: string;
  subject_type: string;
  subject_id: string;
  body: string;
  changed_at: Date;
  removed: boolean;
  opening: boolean;
}

/** Comments (replies): their text, linked to their place in the thread. */
@SearchSource({ type: 'COMMENT', feature: 'discussions', label: 'Comments' })
@Injectable()
export class CommentsSearchSource implements SearchSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  changedSince(since: Date | null, limit: number, after?: string | null): Promise<SearchDocumentPage> {
    return changedDocuments(this.db, COMMENT_CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  /** One statement whatever the number of ids. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: CommentSearchRow[] = await this.db.query(
      `SELECT c.id, c.thread_id, t.title AS thread_title, t.subject_type, t.subject_id, c.body,
              ${COMMENT_CHANGED_AT} AS changed_at,
              (c.deleted_at IS NOT NULL OR c.hidden_at IS NOT NULL) AS removed,
              (op.id = c.id) AS opening
         FROM comment c
         JOIN thread t ON t.id = c.thread_id
         ${OPENING_POST}
        WHERE c.id = ANY($1::uuid[])`,
      [wanted],
    );
    return rows.map((r) => {
      const text = r.removed ? '' : commentText(r.body);
      const theme = r.subject_type === ThreadSubjectType.THEME ? [r.subject_id] : [];
      return {
        type: 'COMMENT',
        id: r.id,
        title: shorten(text, 80) || r.thread_title,
        summary: `In “${r.thread_title}”`,
        body: text,
        url: threadLink(r.thread_id, r.id),
        facets: { theme },
        updatedAt: r.changed_at,
        audience: r.removed || r.opening ? [] : MEMBERS,
      };
    });
  }
}
