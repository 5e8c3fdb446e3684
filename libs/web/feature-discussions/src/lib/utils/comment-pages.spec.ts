import { describe, expect, it } from '@jest/globals';

import {
  commentPageNumber,
  newerCommentsHref,
  olderCommentsHref,
  parseCommentPageParams,
} from './comment-pages';

const T = 'a1b2';

/** `?a=1&a=2` as Next.js gives it to a page. */
function paramsOf(href: string) {
  const query = new URLSearchParams(href.split('?')[1]?.split('#')[0] ?? '');
  const prev = query.getAll('prev');
  return parseCommentPageParams({
    after: query.get('after') ?? undefined,
    prev: prev.length > 1 ? prev : prev[0],
  });
}

describe('comment pages', () => {
  it('walks forward and back through pages of comments', () => {
    const first = parseCommentPageParams({});
    expect(commentPageNumber(first)).toBe(1);
    expect(olderCommentsHref(T, first)).toBeNull();

    const toSecond = newerCommentsHref(T, first, 'c150');
    expect(toSecond).toBe('/discussions/a1b2?after=c150&prev=#comments');
    const second = paramsOf(toSecond);
    expect(commentPageNumber(second)).toBe(2);
    expect(olderCommentsHref(T, second)).toBe('/discussions/a1b2#comments');

    const toThird = newerCommentsHref(T, second, 'c300');
    expect(toThird).toBe('/discussions/a1b2?after=c300&prev=&prev=c150#comments');
    const third = paramsOf(toThird);
    expect(commentPageNumber(third)).toBe(3);
    expect(olderCommentsHref(T, third)).toBe('/discussions/a1b2?after=c150&prev=#comments');
  });

  it('drops tampered values instead of failing', () => {
    const params = parseCommentPageParams({ after: '<script>', prev: ['ok', 'not ok'] });
    expect(params).toEqual({ after: undefined, prev: ['ok'] });
    expect(olderCommentsHref(T, parseCommentPageParams({ after: 'c9' }))).toBe(
      '/discussions/a1b2#comments',
    );
  });
});
