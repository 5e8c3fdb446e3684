import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';

import { AppModule } from './app.module';
import { TimedExpressAdapter } from './common/http/http-server';
import { clientIpMiddleware, parseTrustedProxies } from './common/http/client-ip';
import { requestContextMiddleware } from './common/http/request-context';
import { JsonLogger, setAppLogger } from './common/logging/json-logger';
import { httpMetricsMiddleware } from './common/observability/http-metrics.middleware';
import { OpsMetrics } from './common/observability/ops-metrics';
import { PublicResponseCache } from './common/public-cache/public-response-cache';
import { appConfig } from './config/app.config';
import { loadEnv } from './config/env.schema';

/** Builds the Nest application (used by main.ts and by the integration tests). */
export async function createApp(): Promise<NestExpressApplication> {
  const env = loadEnv();
  const logger = new JsonLogger(env.LOG_LEVEL);
  setAppLogger(logger);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule,
    new TimedExpressAdapter({
      headersMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    }),
    {
      logger,
      abortOnError: false,
    },
  );
  app.disable('x-powered-by');
  // The client address is decided once, by TRUST_PROXY (not Express `trust proxy`/`req.ip`).
  app.use(clientIpMiddleware(parseTrustedProxies(env.TRUST_PROXY)));
  app.use(requestContextMiddleware);
  app.use(httpMetricsMiddleware(app.get(OpsMetrics)));
  app.use(cookieParser());
  // Anonymous public GraphQL GETs answered from the shared response cache (docs/adr/0012).
  app.use(app.get(PublicResponseCache).middleware());
  app.enableShutdownHooks();
  return app;
}

export function appSettings(app: INestApplication): ConfigType<typeof appConfig> {
  return app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
}
