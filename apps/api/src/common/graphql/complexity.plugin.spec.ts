import type {
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { buildSchema, parse } from 'graphql';

import { complexityPlugin } from './complexity.plugin';

const schema = buildSchema(`
  type Item { id: ID! name: String! tags: [String!]! }
  type Query { items(first: Int): [Item!]! item(id: ID!): Item }
`);

const document = parse(`
  query List($first: Int) { items(first: $first) { id name tags } }
  query One { item(id: "1") { id } }
`);

/** Runs the plugin's check as Apollo would for one request; resolves with the error message, if any. */
async function check(
  limit: number,
  operationName: string,
  variables?: Record<string, unknown>,
  plugin = complexityPlugin(limit),
): Promise<string | null> {
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<never>;
  try {
    await listener.didResolveOperation!({
      request: { operationName, variables },
      document,
      schema,
    } as unknown as GraphQLRequestContextDidResolveOperation<never>);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('complexityPlugin', () => {
  it('should cost a page by its size, for each request and each variables, when the same document comes again', async () => {
    const plugin = complexityPlugin(100);
    expect(await check(100, 'List', { first: 10 }, plugin)).toBeNull();
    expect(await check(100, 'List', { first: 50 }, plugin)).toMatch(
      /too expensive \(cost 151, limit 100\)/,
    );
    // Asked again (a remembered cost): the same answers.
    expect(await check(100, 'List', { first: 50 }, plugin)).toMatch(/cost 151/);
    expect(await check(100, 'List', { first: 10 }, plugin)).toBeNull();
    // Another operation of the same document is costed on its own.
    expect(await check(100, 'One', {}, plugin)).toBeNull();
  });

  it('should cost variables too long to remember every time, with the same result', async () => {
    const plugin = complexityPlugin(100);
    const long = { first: 50, note: 'x'.repeat(5000) };
    expect(await check(100, 'List', long, plugin)).toMatch(/cost 151/);
    expect(await check(100, 'List', long, plugin)).toMatch(/cost 151/);
  });

  it('should keep answering correctly past the number of remembered variants', async () => {
    const plugin = complexityPlugin(100);
    for (let first = 1; first <= 80; first += 1) {
      const expected = 3 * first + 1 > 100 ? expect.stringMatching(/too expensive/) : null;
      expect(await check(100, 'List', { first }, plugin)).toEqual(expected);
    }
  });
});
