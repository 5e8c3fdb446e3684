import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** List fields cost their page size (`first`) times their children. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  if (first === undefined) return undefined;
  return Math.max(1, first) * Math.max(1, childComplexity) + 1;
};

/** Costs remembered per variables for one parsed document; a document with more variants starts afresh. */
const MAX_VARIANTS = 64;
/** Variables longer than this as JSON (a long text being saved) are costed every time, not remembered. */
const MAX_KEY_LENGTH = 2048;

/**
 * The cost of an operation depends only on the schema, the document, the operation name and the
 * variables. Apollo keeps one parsed document per query text, so the same list page asked again
 * (the usual case) is costed once: walking the document with its variables was about 2 % of the
 * API's CPU on the case-study feed.
 */
function costOf(
  costs: WeakMap<DocumentNode, Map<string, number>>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  let byVariables = costs.get(document);
  if (!byVariables) costs.set(document, (byVariables = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  const known = byVariables.get(key);
  if (known !== undefined) return known;
  const complexity = getComplexity({
    schema,
    operationName,
    query: document,
    variables,
    estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (key.length > MAX_KEY_LENGTH) return complexity;
  if (byVariables.size >= MAX_VARIANTS) byVariables.clear();
  byVariables.set(key, complexity);
  return complexity;
}

/** Rejects operations whose estimated cost exceeds `maxComplexity` (BAD_USER_INPUT). */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = costOf(
              costs,
              schema,
              document,
              request.operationName,
              request.variables ?? {},
            );
          } catch (error) {
            // Invalid variables: inputHygienePlugin and execution report them
            // (as BAD_USER_INPUT with a safe message), not as a failed plugin.
            if (error instanceof GraphQLError) return Promise.resolve();
            throw error;
          }
          if (complexity > maxComplexity) {
            return Promise.reject(
              new GraphQLError(
                `This query is too expensive (cost ${complexity}, limit ${maxComplexity}). Ask for fewer items or fields.`,
                { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
              ),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
