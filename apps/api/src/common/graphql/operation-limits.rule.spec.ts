import { buildSchema, parse, validate } from 'graphql';

import { operationLimitsRule } from './operation-limits.rule';

const schema = buildSchema('type Query { a: Int b: Int c: Int list: [Item] } type Item { x: Int }');
const errorsOf = (query: string) =>
  validate(schema, parse(query), [operationLimitsRule({ maxAliases: 3, maxRootFields: 3 })]).map((e) => e.message);

describe('operationLimitsRule', () => {
  it('should allow operations within the limits', () => {
    expect(errorsOf('{ a b c }')).toEqual([]);
    expect(errorsOf('{ x1: a x2: a x3: a }')).toEqual([]);
    expect(errorsOf('{ a a a b }')).toEqual([]);
  });

  it('should refuse too many aliases, counting fragments and nested fields', () => {
    expect(errorsOf('{ list { y1: x y2: x y3: x y4: x } }')[0]).toMatch(/more than 3 aliases/);
    expect(errorsOf('{ ...F ...F } fragment F on Query { list { y1: x y2: x } p: a q: b }')[0]).toMatch(/aliases/);
  });

  it('should refuse too many distinct root fields, through fragments too', () => {
    expect(errorsOf('{ a b c list { x } }')[0]).toMatch(/4 top-level fields; the limit is 3/);
    expect(errorsOf('{ a ...F } fragment F on Query { b c list { x } }')[0]).toMatch(/top-level fields/);
  });
});
