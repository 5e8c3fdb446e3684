/**
 * Paging a thread's comments without JavaScript: `after` is the cursor the
 * shown page starts after (none for the first, oldest page) and `prev` the
 * `after` of each earlier page, in order (empty for the first page), so
 * "Show older comments" works with forward-only cursors.
 */
export interface CommentPageParams {
  after?: string;
  prev: string[];
}

const CURSOR = /^[A-Za-z0-9_=+/:.-]{1,200}$/;
const MAX_PAGES_BACK = 50;

const asArray = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Reads `after` and `prev` from the query string; invalid values are dropped, never an error. */
export function parseCommentPageParams(raw: {
  after?: string | string[];
  prev?: string | string[];
}): CommentPageParams {
  const after = asArray(raw.after)[0];
  return {
    after: after && CURSOR.test(after) ? after : undefined,
    prev: asArray(raw.prev)
      .filter((p) => p === '' || CURSOR.test(p))
      .slice(-MAX_PAGES_BACK),
  };
}

function href(threadId: string, after: string | undefined, prev: string[]): string {
  const query = new URLSearchParams();
  if (after) {
    query.set('after', after);
    for (const p of prev) query.append('prev', p);
  }
  const text = query.toString();
  return `/discussions/${threadId}${text ? `?${text}` : ''}#comments`;
}

/** The next (newer) page of comments: this page's `after` joins `prev`. */
export const newerCommentsHref = (
  threadId: string,
  params: CommentPageParams,
  endCursor: string,
): string => href(threadId, endCursor, [...params.prev, params.after ?? '']);

/** The previous (older) page of comments, or null on the first page. */
export function olderCommentsHref(threadId: string, params: CommentPageParams): string | null {
  if (!params.after) return null;
  const after = params.prev[params.prev.length - 1] || undefined;
  return href(threadId, after, after ? params.prev.slice(0, -1) : []);
}

/** 1-based number of the page of comments shown. */
export const commentPageNumber = (params: CommentPageParams): number =>
  params.after ? Math.max(params.prev.length, 1) + 1 : 1;
