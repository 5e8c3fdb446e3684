import type { NextFunction, Request, Response } from 'express';

import type { OpsMetrics } from './ops-metrics';

/** The route template (never the raw path, whose ids would explode label cardinality). */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  if (req.originalUrl.startsWith('/graphql')) return '/graphql';
  return 'unmatched';
}

/** Times every HTTP request by route template, method and status. */
export function httpMetricsMiddleware(metrics: OpsMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      metrics.httpDuration.observe(
        { route: routeOf(req), method: req.method, status: String(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  };
}
