import { registerAs } from '@nestjs/config';

import { parseEnv } from './env.schema';

export const appConfig = registerAs('app', () => {
  const env = parseEnv(process.env);
  return {
    nodeEnv: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.API_PORT,
    host: env.API_HOST,
    webOrigin: env.WEB_ORIGIN,
    publicApiUrl: env.PUBLIC_API_URL,
    demoMode: env.DEMO_MODE ?? env.NODE_ENV !== 'production',
    logLevel: env.LOG_LEVEL,
    graphqlMaxDepth: env.GRAPHQL_MAX_DEPTH,
    graphqlMaxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
    graphqlMaxAliases: env.GRAPHQL_MAX_ALIASES,
    graphqlMaxRootFields: env.GRAPHQL_MAX_ROOT_FIELDS,
    graphqlHideSuggestions: env.GRAPHQL_HIDE_SUGGESTIONS ?? env.NODE_ENV === 'production',
    /** Origins whose cookie-authenticated requests may change state over REST. */
    trustedOrigins: [
      ...new Set(
        [env.WEB_ORIGIN, env.WEB_PUBLIC_URL, env.PUBLIC_API_URL].map((u) => new URL(u).origin),
      ),
    ],
    /** Base URL for links in emails and calendar files. */
    webPublicUrl: env.WEB_PUBLIC_URL,
  };
});

export const mailConfig = registerAs('mail', () => {
  const env = parseEnv(process.env);
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
});

export const jobsConfig = registerAs('jobs', () => {
  const env = parseEnv(process.env);
  return { databaseUrl: env.JOBS_DATABASE_URL ?? env.DATABASE_URL, workers: env.JOBS_WORKERS };
});

export const uploadConfig = registerAs('upload', () => {
  const env = parseEnv(process.env);
  return { dir: env.UPLOAD_DIR, maxBytes: env.UPLOAD_MAX_BYTES, clamavUrl: env.CLAMAV_URL };
});

export const fileStorageConfig = registerAs('fileStorage', () => {
  const env = parseEnv(process.env);
  return {
    kind: env.FILE_STORAGE,
    localDir: env.UPLOAD_DIR,
    azureConnectionString: env.AZURE_STORAGE_CONNECTION_STRING,
    azureContainer: env.AZURE_STORAGE_CONTAINER,
  };
});

export const observabilityConfig = registerAs('observability', () => {
  const env = parseEnv(process.env);
  return { metricsToken: env.METRICS_TOKEN, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT };
});

export const dashboardsConfig = registerAs('dashboards', () => {
  const env = parseEnv(process.env);
  return { cache: env.DASHBOARD_CACHE, cacheTtlSeconds: env.DASHBOARD_CACHE_TTL_SECONDS };
});

export const publicCacheConfig = registerAs('publicCache', () => {
  const env = parseEnv(process.env);
  return {
    enabled: env.PUBLIC_CACHE,
    ttlMs: env.PUBLIC_CACHE_TTL_SECONDS * 1000,
    versionCheckMs: env.PUBLIC_CACHE_VERSION_CHECK_MS,
    maxEntries: env.PUBLIC_CACHE_MAX_ENTRIES,
    maxBytes: env.PUBLIC_CACHE_MAX_MB * 1024 * 1024,
  };
});

export const privacyConfig = registerAs('privacy', () => {
  const env = parseEnv(process.env);
  return {
    deletionGraceDays: env.ACCOUNT_DELETION_GRACE_DAYS,
    exportTtlDays: env.DATA_EXPORT_TTL_DAYS,
    sessionDays: env.SESSION_TTL_DAYS,
    sessionIdleHours: env.SESSION_IDLE_HOURS,
    endedSessionDays: env.RETENTION_ENDED_SESSION_DAYS,
    resetTokenDays: env.RETENTION_RESET_TOKEN_DAYS,
    sentMailDays: env.RETENTION_SENT_MAIL_DAYS,
  };
});
