import { buildSchema, parse, validate } from 'graphql';

import { depthLimitRule } from './depth-limit.rule';

const schema = buildSchema(`type Node { name: String, child: Node } type Query { root: Node }`);

describe('depthLimitRule', () => {
  it('should allow a query within the limit', () => {
    expect(validate(schema, parse('{ root { child { name } } }'), [depthLimitRule(3)])).toEqual([]);
  });

  it('should reject a deeper query, following fragments', () => {
    const doc = parse('{ root { ...F } } fragment F on Node { child { child { child { name } } } }');
    const errors = validate(schema, doc, [depthLimitRule(3)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/nested 5 levels deep; the limit is 3/);
  });
});
