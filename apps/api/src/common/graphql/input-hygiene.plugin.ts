import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { coerceInputValue, GraphQLError, isInputType, isNonNullType, typeFromAST, visit } from 'graphql';
import { inspect } from 'graphql/jsutils/inspect';

/** A client-input error answered with HTTP 400 before anything executes. */
export function badRequestError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** Prototype-pollution probes; no input type has such a field. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

function printPath(root: string, path: readonly (string | number)[]): string {
  return root + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/**
 * Refuses `__proto__`-style keys and NUL characters anywhere in a variable
 * (PostgreSQL rejects NUL in text; such keys are prototype-pollution probes).
 */
function scanValue(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? `The text at "${path}" contains a NUL character (\\u0000), which is not allowed.`
      : undefined;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `The number at "${path}" is out of range.`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const problem = scanValue(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `The key "${key}" at "${path}" is not allowed.`;
      if (key.includes('\u0000')) {
        return `A key at "${path}" contains a NUL character (\\u0000), which is not allowed.`;
      }
      const problem = scanValue((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

function scanVariables(variables: Record<string, unknown>): string | undefined {
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return undefined;
  for (const name of Object.keys(variables)) {
    if (FORBIDDEN_KEYS.has(name)) return `The variable name "${name}" is not allowed.`;
    const problem = scanValue(variables[name], `$${name}`);
    if (problem) return problem;
  }
  return undefined;
}

/** Apollo reuses parsed documents, so each is scanned once (list pages are the hot path). */
const scanned = new WeakMap<DocumentNode, string | null>();

function scanDocument(document: DocumentNode): string | undefined {
  let problem = scanned.get(document);
  if (problem === undefined) {
    problem = scanDocumentOnce(document) ?? null;
    scanned.set(document, problem);
  }
  return problem ?? undefined;
}

/** NUL characters in string literals, non-finite numbers, `__proto__` object fields. */
function scanDocumentOnce(document: DocumentNode): string | undefined {
  let problem: string | undefined;
  const at = (loc: { startToken: { line: number; column: number } } | undefined): string =>
    loc ? ` (line ${loc.startToken.line}, column ${loc.startToken.column})` : '';
  visit(document, {
    StringValue(node) {
      if (!problem && node.value.includes('\u0000')) {
        problem = `A text value${at(node.loc)} contains a NUL character (\\u0000), which is not allowed.`;
      }
    },
    FloatValue(node) {
      if (!problem && !Number.isFinite(Number(node.value))) {
        problem = `The number ${node.value.slice(0, 20)}${at(node.loc)} is out of range.`;
      }
    },
    ObjectField(node) {
      if (!problem && FORBIDDEN_KEYS.has(node.name.value)) {
        problem = `The key "${node.name.value}"${at(node.loc)} is not allowed.`;
      }
    },
  });
  return problem;
}

/** Drops the echoed value from a graphql-js coercion message ("…value: <value>"). */
function withoutValue(message: string, value: unknown, hideSuggestions: boolean): string {
  let text = message;
  const shown = inspect(value);
  text = text.split(`: ${shown}`).join('').split(` ${shown}`).join('').split(shown).join('…');
  // Custom scalars may quote the raw text; very short values would only mangle the sentence.
  if (typeof value === 'string' && value.length >= 4) text = text.split(value).join('…');
  if (hideSuggestions) text = text.replace(/\s*Did you mean [^?]*\?/g, '');
  return text.trim();
}

/**
 * Coerces the variables itself (as execution would) so that a bad value is
 * reported by variable name, path and problem, never echoing the value
 * (graphql-js messages quote it: "got invalid value { password: … }").
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  hideSuggestions: boolean,
): string | undefined {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type) || !Object.prototype.hasOwnProperty.call(variables, name)) {
      continue; // unknown types and missing variables: execution reports them (no value involved)
    }
    const value = variables[name];
    if (value === null) {
      if (isNonNullType(type)) return `Variable "$${name}" must not be null.`;
      continue;
    }
    let problem: string | undefined;
    coerceInputValue(value, type, (path, invalidValue, error) => {
      if (problem) return;
      const where = path.length ? ` at "${printPath(name, path)}"` : '';
      problem = `Variable "$${name}" has an invalid value${where}: ${withoutValue(error.message, invalidValue, hideSuggestions)}`;
    });
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Checks a resolved operation's input before execution: every failure is
 * BAD_USER_INPUT with HTTP 400 and a message that names where the problem
 * is without repeating what was sent.
 */
export function inputHygienePlugin(options: { hideSuggestions: boolean }): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation, schema }) {
          const variables = request.variables ?? {};
          const problem =
            scanVariables(variables) ??
            scanDocument(document) ??
            (operation
              ? coerceVariables(schema, operation, variables, options.hideSuggestions)
              : undefined);
          return problem ? Promise.reject(badRequestError(problem)) : Promise.resolve();
        },
      });
    },
  };
}
