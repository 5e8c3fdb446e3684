// What each image reads from its environment at boot, taken from the config schemas themselves
// (never a hand-copied list), and the rule a deployment must follow:
//
//   REQUIRED in production: a variable the schema cannot do without when NODE_ENV=production
//     (no default and not optional, or demanded by the schema's production refinement), or one
//     whose default only suits a developer machine (it names localhost, 127.0.0.1, ::1 or an
//     example.org/com placeholder), such as WEB_ORIGIN, API_URL or TRUST_PROXY.
//   MAY BE OMITTED: every other optional variable or variable with a default.
//   READ BY NOBODY: a variable set on a container that is not a key of the schema of the image the
//     container runs. That is an error, except for PENDING_KEYS (see below).
//   NEVER SET: development-only variables (the dev mail catcher, the demo identity provider).
import type { ZodObject, ZodRawShape, ZodType } from 'zod';

import { envSchema } from '../../apps/api/src/config/env.schema';
import { serverEnvSchema } from '../../apps/web/src/lib/config/server-env';

export type EnvSchema = ZodObject<ZodRawShape>;

export interface EnvContract {
  image: string;
  /** Every variable the image reads. */
  keys: Set<string>;
  /** Variables a production deployment must set (rule above). */
  requiredInProduction: Set<string>;
  /** Variables a deployment must never set. */
  forbidden: Set<string>;
}

/** Defaults that only make sense on a developer's machine. */
const DEVELOPER_DEFAULT = /localhost|127\.0\.0\.|(^|[,\s])::1\b|example\.(org|com)/;

/** Development-only settings: the mail catcher `npm start` runs, the demo identity provider. */
const DEVELOPMENT_ONLY = ['MAIL_CATCHER_URL', 'DEMO_IDP_PORT'];

/**
 * Variables Terraform may set before the schema that reads them lands (a branch in flight).
 * Empty: every variable Terraform sets is read by a schema. Keep an entry only while its
 * branch is unmerged, then delete it (the schema decides).
 */
export const PENDING_KEYS: Record<string, string[]> = {
  api: [],
  web: [],
};

/** Stand-in values tried, in order, for a variable a probe must fill in. */
const SAMPLE_VALUES = [
  'postgres://user:password@db.internal:5432/app',
  'https://service.internal',
  'smtps://user:password@mail.internal:465',
  'tcp://clamd.internal:3310',
  Buffer.alloc(32, 7).toString('base64'),
  'x'.repeat(48),
  '10',
  'true',
  'production',
];

function acceptsUndefined(field: ZodType): boolean {
  return field.safeParse(undefined).success;
}

/** A value the field accepts, from SAMPLE_VALUES. */
export function sampleValue(field: ZodType): string | undefined {
  return SAMPLE_VALUES.find((candidate) => field.safeParse(candidate).success);
}

function issueKeys(schema: EnvSchema, env: Record<string, string>): Set<string> {
  const result = schema.safeParse(env);
  return new Set(
    result.success ? [] : result.error.issues.map((issue) => String(issue.path[0] ?? '')),
  );
}

/**
 * The variables a production environment cannot do without: starting from NODE_ENV=production
 * alone, each variable the schema complains about is filled with a stand-in and the schema is
 * asked again, until it accepts the environment. Refinements (production-only requirements) are
 * found this way as well as plain required fields.
 */
export function requiredByProductionProbe(schema: EnvSchema): Set<string> {
  const env: Record<string, string> = {};
  if ('NODE_ENV' in schema.shape) env['NODE_ENV'] = 'production';
  const required = new Set<string>();
  for (let round = 0; round < 50; round += 1) {
    const missing = [...issueKeys(schema, env)].filter(
      (key) => key in schema.shape && !(key in env),
    );
    if (!missing.length) break;
    for (const key of missing) {
      const value = sampleValue(schema.shape[key] as ZodType);
      if (value === undefined)
        throw new Error(`no stand-in value satisfies ${key}: add one to SAMPLE_VALUES`);
      env[key] = value;
      required.add(key);
    }
  }
  return required;
}

export function contractOf(image: string, schema: EnvSchema): EnvContract {
  const keys = new Set(Object.keys(schema.shape));
  const requiredInProduction = requiredByProductionProbe(schema);
  for (const key of keys) {
    const field = schema.shape[key] as ZodType;
    if (!acceptsUndefined(field)) {
      requiredInProduction.add(key);
      continue;
    }
    const fallback = field.safeParse(undefined);
    if (
      fallback.success &&
      typeof fallback.data === 'string' &&
      DEVELOPER_DEFAULT.test(fallback.data)
    ) {
      requiredInProduction.add(key);
    }
  }
  const forbidden = new Set(DEVELOPMENT_ONLY.filter((key) => keys.has(key)));
  for (const key of forbidden) requiredInProduction.delete(key);
  return { image, keys, requiredInProduction, forbidden };
}

export function apiContract(schema: EnvSchema = envSchema as unknown as EnvSchema): EnvContract {
  return contractOf('api', schema);
}

export function webContract(
  schema: EnvSchema = serverEnvSchema as unknown as EnvSchema,
): EnvContract {
  return contractOf('web', schema);
}

/**
 * The migration job runs the API image's `migrate` command, which reads only DATABASE_URL
 * (config/database.config.ts, migrationDatabaseUrlFromEnv) and NODE_ENV.
 */
export function migrationContract(api: EnvContract = apiContract()): EnvContract {
  const keys = new Set(['DATABASE_URL', 'NODE_ENV'].filter((key) => api.keys.has(key)));
  return {
    image: 'api (migrate)',
    keys,
    requiredInProduction: new Set(['DATABASE_URL']),
    forbidden: api.forbidden,
  };
}

export interface EnvSetting {
  name: string;
  value?: string;
  secretName?: string;
  conditional: boolean;
}

/** Everything wrong with one container's environment under a contract (empty = fine). */
export function envViolations(
  containerId: string,
  settings: EnvSetting[],
  contract: EnvContract,
  pending: string[] = [],
): string[] {
  const problems: string[] = [];
  const names = settings.map((s) => s.name);
  for (const name of names) {
    if (names.indexOf(name) !== names.lastIndexOf(name))
      problems.push(`${containerId}: ${name} is set twice`);
  }
  for (const key of contract.requiredInProduction) {
    const setting = settings.find((s) => s.name === key);
    if (!setting)
      problems.push(
        `${containerId}: ${key} is required in production (${contract.image} schema) but not set`,
      );
    else if (setting.conditional)
      problems.push(`${containerId}: ${key} is required in production but only set conditionally`);
  }
  for (const { name } of settings) {
    if (contract.forbidden.has(name))
      problems.push(`${containerId}: ${name} is development-only and must not be set`);
    else if (!contract.keys.has(name) && !pending.includes(name)) {
      problems.push(
        `${containerId}: ${name} is set but read by nobody (not in the ${contract.image} schema)`,
      );
    }
  }
  const nodeEnv = settings.find((s) => s.name === 'NODE_ENV');
  if (contract.keys.has('NODE_ENV') && nodeEnv?.value !== 'production') {
    problems.push(`${containerId}: NODE_ENV must be "production"`);
  }
  return problems;
}

/**
 * Parses a container's environment with the schema itself: literal values as written, every
 * expression or secret replaced by a stand-in the field accepts. Catches a literal the API would
 * refuse at boot (DEMO_MODE=true in production, a malformed URL).
 */
export function literalParseProblems(
  containerId: string,
  settings: EnvSetting[],
  schema: EnvSchema,
): string[] {
  const env: Record<string, string> = {};
  for (const setting of settings) {
    if (!(setting.name in schema.shape)) continue;
    const literal =
      setting.value !== undefined && !/\$\{/.test(setting.value) ? setting.value : undefined;
    const value = literal ?? sampleValue(schema.shape[setting.name] as ZodType);
    if (value !== undefined) env[setting.name] = value;
  }
  for (const key of requiredByProductionProbe(schema)) {
    env[key] ??= sampleValue(schema.shape[key] as ZodType) ?? '';
  }
  const result = schema.safeParse(env);
  return result.success
    ? []
    : result.error.issues.map(
        (issue) => `${containerId}: ${issue.path.join('.')}: ${issue.message}`,
      );
}
