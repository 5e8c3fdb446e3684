import { parseEnv } from './env.schema';

/** ConfigModule `validate` hook: fails start-up naming the bad variable. */
export function validateEnv(config: Record<string, unknown>): Record<string, unknown> {
  const asStrings: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(config)) {
    asStrings[key] = value === undefined ? undefined : String(value);
  }
  parseEnv(asStrings);
  return config;
}
