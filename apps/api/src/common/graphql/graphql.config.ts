import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ConfigType } from '@nestjs/config';
import type { Response } from 'express';

import type { appConfig } from '../../config/app.config';
import type { LoadersFactory } from '../loaders/loaders.factory';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics.plugin';
import type { OpsMetrics } from '../observability/ops-metrics';
import { complexityPlugin } from './complexity.plugin';
import { depthLimitRule } from './depth-limit.rule';
import { formatGraphqlError } from './format-error';
import { httpResponsePlugin } from './http-response.plugin';
import { publicCachePlugin } from '../public-cache/public-cache.plugin';
import { idValidationPlugin } from './id-validation.plugin';
import { classValidatorProblems } from './input-problems';
import { inputHygienePlugin } from './input-hygiene.plugin';
import { operationLimitsRule } from './operation-limits.rule';
import { requestIdPlugin } from './request-id.plugin';
import type { AppRequest, GqlContext } from './gql-context';

export function graphqlOptions(
  loaders: LoadersFactory,
  app: ConfigType<typeof appConfig>,
  metrics?: OpsMetrics,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    // The schema lives in memory; `npm run schema:emit` writes apps/api/schema.gql
    // and a test fails when the committed file differs.
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !app.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // "Did you mean…" hints reveal the schema; off in production (GRAPHQL_HIDE_SUGGESTIONS).
    hideSchemaDetailsFromClientErrors: app.graphqlHideSuggestions,
    validationRules: [
      depthLimitRule(app.graphqlMaxDepth),
      operationLimitsRule({
        maxAliases: app.graphqlMaxAliases,
        maxRootFields: app.graphqlMaxRootFields,
      }),
    ],
    // Apollo's cache control is unused (common/public-cache decides per root field) and its per-field
    // willResolveField hook wraps every resolver: disabled for throughput.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestIdPlugin(),
      inputHygienePlugin({ hideSuggestions: app.graphqlHideSuggestions }),
      idValidationPlugin({ otherInputProblems: classValidatorProblems }),
      complexityPlugin(app.graphqlMaxComplexity),
      httpResponsePlugin(),
      publicCachePlugin(),
      ...(metrics ? [graphqlMetricsPlugin(metrics)] : []),
    ],
    formatError: formatGraphqlError,
    // Nest would otherwise add a plugin that resets the status of every
    // response with `data` to 200, undoing httpResponsePlugin's 503 for a
    // database outage. Nothing else here sets a status on execution errors.
    preserveHttpStatusForExecutionErrors: false,
    // Apollo pretty-prints responses by default (2-space indent): compact
    // JSON is about a third smaller for list pages, less to allocate and send.
    stringifyResult: (value: unknown) => JSON.stringify(value),
    context: ({ req, res }: { req: AppRequest; res: Response }): GqlContext => ({
      req,
      res,
      loaders: loaders.create(),
    }),
  };
}
