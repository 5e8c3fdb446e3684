import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';

import { hrefWithQuery, queryParam, queryParams } from './query-params';

describe('query params', () => {
  const schema = z.object({
    kind: queryParam(z.enum(['A', 'B'])),
    organisation: queryParams.uuid(),
    ics: queryParams.odsCode(),
    after: queryParams.cursor(),
  });

  it('should take the first of a repeated value and drop malformed ones without an error', () => {
    expect(
      schema.parse({
        kind: ['B', 'A'],
        organisation: '6f1c2d3e-0000-4000-8000-000000000001',
        ics: 'qua',
        after: 'x'.repeat(41),
      }),
    ).toEqual({
      kind: 'B',
      organisation: '6f1c2d3e-0000-4000-8000-000000000001',
      ics: undefined,
      after: undefined,
    });
    expect(schema.parse({})).toEqual({
      kind: undefined,
      organisation: undefined,
      ics: undefined,
      after: undefined,
    });
  });

  it('should build a URL from the values that are set, in order', () => {
    expect(hrefWithQuery('/list', { a: null, b: undefined, c: '' })).toBe('/list');
    expect(hrefWithQuery('/list', { ics: 'QUA', q: 'a b', after: 'c1' })).toBe(
      '/list?ics=QUA&q=a+b&after=c1',
    );
  });
});
