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

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The other problems of an input-object argument (its class-validator rules),
 * so that a form with a malformed id and other mistakes hears of them all at
 * once, as it did when ids were checked by class-validator too.
 */
export type OtherInputProblems = (inputTypeName: string, value: unknown) => Promise<FieldProblem[]>;

/**
 * Which `ID`s are entity ids: those named `id`/`ids` or ending in `Id`/`Ids`
 * (`caseStudyId`, `fileIds`). An `ID`-typed field named otherwise (a slug or
 * an ODS code a client may pass as an ID) is not a UUID and is left alone.
 */
export function isEntityIdName(name: string): boolean {
  return /^ids?$/.test(name) || /[a-z0-9]Ids?$/.test(name);
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Every malformed id in `value` (of input type `type`). Paths are relative to
 * the argument's input object (`caseStudyId`, `fileIds[2]`, `partners[0].organisationId`),
 * as class-validator names fields, or the argument's name for a scalar argument.
 */
function collectMalformedIds(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  name: string,
  out: string[],
): void {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? getNullableType(type) : type;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) =>
      collectMalformedIds(item, nullable.ofType as GraphQLInputType, `${path}[${i}]`, name, out),
    );
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    const fields = nullable.getFields();
    for (const key of Object.keys(fields)) {
      collectMalformedIds(
        (value as Record<string, unknown>)[key],
        fields[key].type,
        join(path, key),
        key,
        out,
      );
    }
    return;
  }
  if (nullable === GraphQLID && isEntityIdName(name) && !isUuid(value)) out.push(path);
}

/** Does this type reach an `ID` anywhere (so coercing the argument is worth it)? */
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

interface ArgumentProblems {
  /** Set when the argument is an input object (its other rules may be asked for). */
  inputTypeName?: string;
  value: unknown;
  ids: string[];
}

/**
 * Whether any field the operation selects (its fragments included) takes an
 * argument that can hold an id. Apollo keeps parsed documents in its document
 * store, so the answer is worked out once per distinct query text, and an
 * operation without id arguments (most reads) costs nothing per request.
 */
const takesIdsCache = new WeakMap<OperationDefinitionNode, boolean>();

function operationTakesIds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  let result = takesIdsCache.get(operation);
  if (result !== undefined) return result;
  result = false;
  const typeInfo = new TypeInfo(schema);
  for (const definition of document.definitions) {
    if (definition !== operation && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field() {
          if (typeInfo.getFieldDef()?.args.some(argumentReachesId)) result = true;
        },
      }),
    );
  }
  takesIdsCache.set(operation, result);
  return result;
}

/** The arguments, anywhere in the operation, that hold malformed ids. */
function findMalformedIds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): ArgumentProblems[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Malformed variables are inputHygienePlugin's (and execution's) to report.
  if (coerced.errors) return [];
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  const found: ArgumentProblems[] = [];
  const definitions = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  for (const definition of definitions) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const fieldDef = typeInfo.getFieldDef();
          if (!fieldDef?.args.some(argumentReachesId)) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(fieldDef, node, variables);
          } catch {
            return; // an invalid literal: validation reports it
          }
          for (const arg of fieldDef.args) {
            const ids: string[] = [];
            const named = getNamedType(arg.type);
            const isInput = isInputObjectType(named);
            collectMalformedIds(values[arg.name], arg.type, isInput ? '' : arg.name, arg.name, ids);
            if (ids.length) {
              found.push({
                inputTypeName: isInput ? named.name : undefined,
                value: values[arg.name],
                ids,
              });
            }
          }
        },
      }),
    );
  }
  return found;
}

async function problemsOf(
  found: ArgumentProblems[],
  others?: OtherInputProblems,
): Promise<FieldProblem[]> {
  const list: FieldProblem[] = [];
  for (const arg of found) {
    const ids = arg.ids.map((field) => ({ field, message: malformedIdMessage(field) }));
    const rest =
      others && arg.inputTypeName
        ? (await others(arg.inputTypeName, arg.value)).filter((p) => !arg.ids.includes(p.field))
        : [];
    list.push(...ids, ...rest);
  }
  return list;
}

/**
 * The one place ids are checked: every `ID` argument and every `ID` field of
 * an input (nested and in lists, from literals or variables) must be a UUID
 * before anything executes. A malformed one is BAD_USER_INPUT (HTTP 400) with
 * `extensions.field` naming it as class-validator does (`id`, `caseStudyId`,
 * `fileIds[1]`) and every problem of that input in `fieldErrors`; never a
 * query that PostgreSQL refuses with 22P02.
 */
export function idValidationPlugin(
  options: { otherInputProblems?: OtherInputProblems } = {},
): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation || !operationTakesIds(schema, document, operation)) return;
          const found = findMalformedIds(schema, document, operation, request.variables ?? {});
          if (!found.length) return;
          const problems = await problemsOf(found, options.otherInputProblems);
          const [first] = problems;
          throw new GraphQLError(first.message, {
            originalError: badInput(first.message, first.field, problems),
            extensions: { code: 'BAD_USER_INPUT', field: first.field, http: { status: 400 } },
          });
        },
      });
    },
  };
}
