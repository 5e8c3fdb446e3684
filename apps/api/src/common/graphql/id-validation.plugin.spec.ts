import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';

import { JsonLogger, setAppLogger } from '../logging/json-logger';
import { formatGraphqlError } from './format-error';
import { idValidationPlugin, isEntityIdName } from './id-validation.plugin';

const schema = buildSchema(`
  input Inner { fileIds: [ID!], caseStudyId: ID }
  input Outer { id: ID!, slug: ID, inner: Inner, items: [Inner!] }
  type Thing { id: ID!, child(childId: ID!): Thing }
  type Query { thing(id: ID!): Thing, things(ids: [ID!]): [Thing!]!, bySlug(slug: ID!): Thing }
  type Mutation { save(input: Outer!): Thing }
`);

const good = '123e4567-e89b-12d3-a456-426614174000';

const server = new ApolloServer({
  schema,
  rootValue: {
    thing: () => ({ id: good, child: () => null }),
    things: () => [],
    bySlug: () => null,
    save: () => ({ id: good }),
  },
  plugins: [idValidationPlugin()],
  formatError: formatGraphqlError,
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const res = await server.executeOperation({ query, variables });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { status: res.http.status, errors: res.body.singleResult.errors };
}

describe('idValidationPlugin', () => {
  beforeAll(async () => {
    setAppLogger(new JsonLogger('silent'));
    await server.start();
  });
  afterAll(() => server.stop());

  it('should pass well-formed ids, literal or variable', async () => {
    expect((await run(`{ thing(id: "${good}") { id } }`)).errors).toBeUndefined();
    expect(
      (await run(`query($id: ID!) { thing(id: $id) { id } }`, { id: good.toUpperCase() })).errors,
    ).toBeUndefined();
    expect(
      (
        await run(`mutation($i: Outer!) { save(input: $i) { id } }`, {
          i: { id: good, inner: { fileIds: [good] } },
        })
      ).errors,
    ).toBeUndefined();
  });

  it.each([
    ['a literal argument', `{ thing(id: "nope") { id } }`, {}, 'id'],
    ['a variable argument', `query($id: ID!) { thing(id: $id) { id } }`, { id: '1 OR 1=1' }, 'id'],
    ['an empty id', `query($id: ID!) { thing(id: $id) { id } }`, { id: '' }, 'id'],
    ['an int id', `{ thing(id: 7) { id } }`, {}, 'id'],
    [
      'a list argument',
      `query($ids: [ID!]) { things(ids: $ids) { id } }`,
      { ids: [good, 'x'] },
      'ids[1]',
    ],
    ['a single value for a list', `{ things(ids: "x") { id } }`, {}, 'ids[0]'],
    ['an input field', `mutation($i: Outer!) { save(input: $i) { id } }`, { i: { id: 'x' } }, 'id'],
    [
      'a nested input field',
      `mutation { save(input: { id: "${good}", inner: { caseStudyId: "x" } }) { id } }`,
      {},
      'inner.caseStudyId',
    ],
    [
      'a list in a nested list',
      `mutation($i: Outer!) { save(input: $i) { id } }`,
      { i: { id: good, items: [{}, { fileIds: [good, 'no'] }] } },
      'items[1].fileIds[1]',
    ],
    [
      'a nested field argument',
      `{ thing(id: "${good}") { child(childId: "x") { id } } }`,
      {},
      'childId',
    ],
    [
      'a field argument in a fragment',
      `{ thing(id: "${good}") { ...F } } fragment F on Thing { child(childId: "x") { id } }`,
      {},
      'childId',
    ],
  ])(
    'should refuse a malformed id in %s as BAD_USER_INPUT naming the field',
    async (_, query, variables, field) => {
      const { status, errors } = await run(query, variables);
      expect(status).toBe(400);
      expect(errors).toHaveLength(1);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors?.[0].message).toContain(`"${field}" is not a valid id`);
    },
  );

  it('should leave ID fields that are not entity ids (slugs, codes) alone', async () => {
    expect((await run(`{ bySlug(slug: "my-case-study") { id } }`)).errors).toBeUndefined();
    expect(
      (await run(`mutation { save(input: { id: "${good}", slug: "a-slug" }) { id } }`)).errors,
    ).toBeUndefined();
  });

  it('should leave malformed variables to variable coercion', async () => {
    const { errors } = await run(`query($id: ID!) { thing(id: $id) { id } }`, {
      id: { nested: true },
    });
    expect(errors?.[0].extensions?.field).toBeUndefined();
  });
});

describe("idValidationPlugin with the input's other rules", () => {
  const withOthers = new ApolloServer({
    schema,
    rootValue: { save: () => ({ id: good }) },
    plugins: [
      idValidationPlugin({
        otherInputProblems: (typeName) =>
          Promise.resolve(
            typeName === 'Outer'
              ? [
                  { field: 'slug', message: 'Slug is too long.' },
                  { field: 'id', message: 'Id must be a UUID.' },
                ]
              : [],
          ),
      }),
    ],
    formatError: formatGraphqlError,
  });
  beforeAll(() => withOthers.start());
  afterAll(() => withOthers.stop());

  it('should report every problem of the input in fieldErrors, each id once', async () => {
    const res = await withOthers.executeOperation({
      query: 'mutation($i: Outer!) { save(input: $i) { id } }',
      variables: { i: { id: 'x', slug: 'y', inner: { fileIds: ['z'] } } },
    });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    const error = res.body.singleResult.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error?.extensions?.fieldErrors).toEqual([
      { field: 'id', message: expect.stringMatching(/not a valid id/) },
      { field: 'inner.fileIds[0]', message: expect.stringMatching(/not a valid id/) },
      { field: 'slug', message: 'Slug is too long.' },
    ]);
  });
});

describe('isEntityIdName', () => {
  it('should take id, ids and names ending in Id/Ids as entity ids', () => {
    for (const name of ['id', 'ids', 'caseStudyId', 'fileIds', 'toEventId'])
      expect(isEntityIdName(name)).toBe(true);
    for (const name of ['slug', 'odsCode', 'valid', 'Id', 'paid'])
      expect(isEntityIdName(name)).toBe(false);
  });
});
