import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL code generation for the web app.
 *
 * Run from the repository root: `npm run codegen`
 * (or `nx run web-data-access:codegen`).
 *
 * - schema: the committed SDL emitted by the API (never a live server);
 * - documents: one operation per `.graphql` file in the web feature libs;
 * - output: operation result/variable types plus typed documents for Apollo
 *   Client (`TypedDocumentNode`).
 *
 * Plugins: `typescript-operations` 6.x already emits the input, enum and
 * scalar types that operations use, so the `typescript` plugin is NOT listed:
 * combined with it, every input type and enum is declared twice (TS2300).
 * The full schema model types are not needed by the web app.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/feature-*/src/**/*.graphql'],
  generates: {
    'libs/web/data-access/src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        skipTypename: true,
        scalars: {
          ID: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
        },
      },
    },
    // The API reference on /developers: the SDL and a model of the schema (tools/codegen/api-reference.cjs).
    'apps/web/src/lib/developers/generated/api-reference.ts': {
      plugins: ['./tools/codegen/api-reference.cjs'],
    },
  },
};

export default config;
