import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';

const SCHEMA_FILE = path.resolve(__dirname, '../../../schema.gql');
const HEADER =
  '# ------------------------------------------------------\n' +
  '# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n' +
  '# Regenerate with: npm run schema:emit\n' +
  '# ------------------------------------------------------\n\n';

describe('GraphQL schema contract', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should match the committed apps/api/schema.gql', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
