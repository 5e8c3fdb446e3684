import type { ApolloServerPlugin } from '@apollo/server';
import type {
  DocumentNode,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import { badInput } from '../errors/domain.exception';
import { isUuid, malformedIdMessage } from '../ids/uuid';

/**
 * Which `ID`s are entity ids: those named `id`/`ids` or ending in `Id`/`Ids`
 * (`caseStudyId`, `fileIds`). An `ID`-typed field named otherwise (a slug or
 * an ODS code a client may pass as an ID) is not a UUID and is left alone.
 */
export function isEntityIdName(name: string): boolean {
  return /^ids?$/.test(name) || /[a-z0-9]Ids?$/.test(name);
}

/** The first malformed id in `value` (of input type `type`), as a dotted/indexed path. */
function firstMalformedId(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  name: string,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = isNonNullType(type) ? getNullableType(type) : type;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i += 1) {
      const found = firstMalformedId(
        items[i],
        nullable.ofType as GraphQLInputType,
        `${path}[${i}]`,
        name,
      );
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return undefined;
    const fields = nullable.getFields();
    for (const key of Object.keys(fields)) {
      const found = firstMalformedId(
        (value as Record<string, unknown>)[key],
        fields[key].type,
        `${path}.${key}`,
        key,
      );
      if (found) return found;
    }
    return undefined;
  }
  if (nullable === GraphQLID && isEntityIdName(name) && !isUuid(value)) return path;
  return undefined;
}

/** Does this argument's type reach an `ID` anywhere (so coercion is worth doing)? */
function reachesId(type: GraphQLInputType, seen: Set<object>): boolean {
  const named = getNamedType(type);
  if (named === GraphQLID) return true;
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((field) => reachesId(field.type, seen));
}

const reachesIdCache = new WeakMap<GraphQLArgument, boolean>();
function argumentReachesId(arg: GraphQLArgument): boolean {
  let result = reachesIdCache.get(arg);
  if (result === undefined) {
    result = reachesId(arg.type, new Set());
    reachesIdCache.set(arg, result);
  }
  return result;
}

function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): string | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Malformed variables are inputHygienePlugin's (and execution's) to report.
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  let problem: string | undefined;
  const definitions = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  for (const definition of definitions) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (problem) return false;
          const fieldDef = typeInfo.getFieldDef();
          if (!fieldDef?.args.length || !fieldDef.args.some(argumentReachesId)) {
            return undefined;
          }
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(fieldDef, node, variables);
          } catch {
            return undefined; // an invalid literal: validation reports it
          }
          for (const arg of fieldDef.args) {
            problem = firstMalformedId(values[arg.name], arg.type, arg.name, arg.name);
            if (problem) return false;
          }
          return undefined;
        },
      }),
    );
    if (problem) break;
  }
  return problem;
}

/**
 * The one place ids are checked: every `ID` argument and every `ID` field of
 * an input (nested and in lists, from literals or variables) must be a UUID
 * before anything executes. A malformed one is BAD_USER_INPUT (HTTP 400) with
 * `extensions.field` naming it (`id`, `input.caseStudyId`, `input.fileIds[1]`),
 * never a query that PostgreSQL refuses with 22P02.
 */
export function idValidationPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return Promise.resolve();
          const field = checkOperation(schema, document, operation, request.variables ?? {});
          if (!field) return Promise.resolve();
          const message = malformedIdMessage(field);
          return Promise.reject(
            new GraphQLError(message, {
              originalError: badInput(message, field),
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
            }),
          );
        },
      });
    },
  };
}
