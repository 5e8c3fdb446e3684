import type { ApolloServerPlugin } from '@apollo/server';

import type { OpsMetrics } from './ops-metrics';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Distinct operation names kept as labels; more (or odd ones) count as "other" (clients choose names). */
const MAX_NAMES = 300;

/** Observes each GraphQL operation's duration by name, and every error by its extensions.code. */
export function graphqlMetricsPlugin(metrics: OpsMetrics): ApolloServerPlugin {
  const names = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= MAX_NAMES) return 'other';
    names.add(name);
    return name;
  };
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operationName, operation, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe(
            { operation: label(operationName), type: operation?.operation ?? 'unknown' },
            seconds,
          );
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
