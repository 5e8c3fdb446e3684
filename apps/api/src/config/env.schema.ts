import { z } from 'zod';

import {
  SESSION_COOKIE_NAME_DEFAULT,
  SESSION_COOKIE_NAME_PATTERN,
  SESSION_IDLE_HOURS_DEFAULT,
  SESSION_TTL_DAYS_DEFAULT,
  SESSION_TTL_DAYS_MAX,
} from '@mic/shared-util';

import { parseTrustedProxies } from './trusted-proxies';

const port = z.coerce.number().int().min(1).max(65535);

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * The settings the demo seed reads (it runs from the db scripts, where the
 * rest of the API's settings, DATABASE_URL included, need not be set).
 */
export const demoSeedEnvFields = {
  /** AES-256-GCM key for organisation sign-in client secrets: base64 of 32 bytes; required in production. */
  SSO_SECRET_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'must be base64 of exactly 32 random bytes',
    )
    .optional(),
  /** Port of the demo identity provider that `npm start` runs in demo mode. */
  DEMO_IDP_PORT: port.default(4100),
};

/** Every environment variable the API reads, validated once at boot. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    API_PORT: port.default(4000),
    API_HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * The job queue's (pg-boss) connection; DATABASE_URL when unset. Works through a
     * transaction-mode pooler (docs/adr/0011); set it to a direct server URL to keep the
     * worker off the pooler.
     */
    JOBS_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
      .optional(),
    WEB_ORIGIN: z.string().url().default('http://localhost:3000'),
    PUBLIC_API_URL: z.string().url().default('http://localhost:4000'),
    SESSION_TTL_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(SESSION_TTL_DAYS_MAX)
      .default(SESSION_TTL_DAYS_DEFAULT),
    SESSION_COOKIE_NAME: z
      .string()
      .regex(SESSION_COOKIE_NAME_PATTERN)
      .default(SESSION_COOKIE_NAME_DEFAULT),
    /** A session unused for this long is signed out (the web reads the same variable). */
    SESSION_IDLE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(SESSION_IDLE_HOURS_DEFAULT),
    /** Failed sign-ins allowed per account before each further attempt must wait. */
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    /** Failed sign-ins allowed per client IP before its failures are slowed (never blocks a correct password). */
    SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
    /** Failures older than this are forgotten. */
    SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
    /** Longest wait imposed between sign-in attempts (the delay doubles up to this). */
    SIGN_IN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(900),
    /** HMAC key for device cookies (OWASP); required in production, at least 32 characters. */
    DEVICE_COOKIE_SECRET: z.string().min(32).optional(),
    /** Proxies whose X-Forwarded-For is believed: comma-separated CIDRs or addresses. */
    TRUST_PROXY: z
      .string()
      .default('127.0.0.0/8,::1')
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    DEMO_MODE: booleanString.optional(),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
    GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(1000).default(15),
    /** "Did you mean…" hints in GraphQL errors; hidden by default in production. */
    GRAPHQL_HIDE_SUGGESTIONS: booleanString.optional(),
    /** Slow or idle clients are dropped: whole headers within, whole request within, idle keep-alive. */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(20_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(5_000),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    SQL_QUERY_COUNTING: booleanString.default(false),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// URL')
      .optional(),
    MAIL_FROM: z
      .string()
      .min(3)
      .default('Midlands Improvement Commons <no-reply@commons.example.org>'),
    JOBS_WORKERS: booleanString.default(true),
    /** Cache computed dashboards per process, checked against the data version on every request (docs/adr/0010). */
    DASHBOARD_CACHE: booleanString.default(true),
    /** The longest a cached dashboard is served, in seconds, even when no write was seen. */
    DASHBOARD_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Share anonymous GraphQL GET responses of public queries within the process (common/public-cache, docs/adr/0012). */
    PUBLIC_CACHE: booleanString.default(true),
    /** The longest a cached public response is served, in seconds, even when no write was seen (time-dependent fields). */
    PUBLIC_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** How old the process's view of the public content version may be, in ms (0: read it on every request). */
    PUBLIC_CACHE_VERSION_CHECK_MS: z.coerce.number().int().min(0).max(10_000).default(250),
    PUBLIC_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    PUBLIC_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(32),
    WEB_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(25 * 1024 * 1024),
    /** Days between "delete my account" and the anonymisation job (the person can cancel until then). */
    ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** Days a finished data export can be downloaded before a job deletes it. */
    DATA_EXPORT_TTL_DAYS: z.coerce.number().int().min(1).max(30).default(7),
    /** Days an ended (expired or signed-out) session is kept, then a daily job deletes it. */
    RETENTION_ENDED_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Days a used or expired password-reset link is kept, then a daily job deletes it. */
    RETENTION_RESET_TOKEN_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /** Days a sent email keeps its body (the outbox row stays, emptied, for delivery records). */
    RETENTION_SENT_MAIL_DAYS: z.coerce.number().int().min(1).max(730).default(90),
    /** Where file bytes live: `local` (UPLOAD_DIR, the embedded default) or `azure` (Azure Blob Storage). */
    FILE_STORAGE: z.enum(['local', 'azure']).default('local'),
    /** Azure Storage connection string (account key or SAS); required when FILE_STORAGE=azure. */
    AZURE_STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
    /** The private blob container for files; created at boot when missing. */
    AZURE_STORAGE_CONTAINER: z
      .string()
      .regex(
        /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/,
        'must be a valid Azure container name (3-63 lowercase letters, digits, single hyphens)',
      )
      .default('mic-files'),
    /** Bearer token that may read /metrics from other hosts (loopback may always read it). */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** OTLP/HTTP collector base URL; traces are exported only when set (the SDK is not even loaded otherwise). */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    /** The service name traces carry. */
    OTEL_SERVICE_NAME: z.string().min(1).default('mic-api'),
    CLAMAV_URL: z
      .string()
      .regex(
        /^(tcp:\/\/[^/:]+:\d+\/?|unix:\/\/\/.+)$/,
        'must be tcp://host:port or unix:///path/to/clamd.sock',
      )
      .optional(),
    /** Lets organisation sign-in talk to identity providers over plain http (tests and the demo only). */
    SSO_ALLOW_INSECURE_HTTP: booleanString.default(false),
    ...demoSeedEnvFields,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DEMO_MODE === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_MODE'],
        message: 'demo mode is refused when NODE_ENV=production',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DEVICE_COOKIE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEVICE_COOKIE_SECRET'],
        message: 'required when NODE_ENV=production (at least 32 random characters)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.SSO_SECRET_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SSO_SECRET_KEY'],
        message:
          'required when NODE_ENV=production (base64 of 32 random bytes: openssl rand -base64 32)',
      });
    }
    if (env.FILE_STORAGE === 'azure' && !env.AZURE_STORAGE_CONNECTION_STRING) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_STORAGE_CONNECTION_STRING'],
        message: 'required when FILE_STORAGE=azure',
      });
    }
    if (env.NODE_ENV === 'production' && env.SSO_ALLOW_INSECURE_HTTP) {
      ctx.addIssue({
        code: 'custom',
        path: ['SSO_ALLOW_INSECURE_HTTP'],
        message: 'plain-http identity providers are refused when NODE_ENV=production',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The process environment, validated (the only place the API reads process.env outside registerAs). */
export function loadEnv(): Env {
  return parseEnv(process.env);
}
