import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** List fields cost their page size (`first`) times their children. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  if (first === undefined) return undefined;
  return Math.max(1, first) * Math.max(1, childComplexity) + 1;
};

/** Rejects operations whose estimated cost exceeds `maxComplexity` (BAD_USER_INPUT). */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
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
