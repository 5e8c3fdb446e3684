import { z } from 'zod';

/**
 * Server-only configuration, parsed once from the environment. Never import
 * this from a client component: API_URL is not exposed to the browser.
 */
const serverEnvSchema = z.object({
  /** The GraphQL endpoint, reached from the Next.js server only. */
  API_URL: z.url().default('http://localhost:4000/graphql'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Development mail catcher (JSON at /messages), set by `npm start`; unset in production. */
  MAIL_CATCHER_URL: z.url().optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= serverEnvSchema.parse({
    API_URL: process.env['API_URL'] || undefined,
    NODE_ENV: process.env['NODE_ENV'] || undefined,
    MAIL_CATCHER_URL: process.env['MAIL_CATCHER_URL'] || undefined,
  });
  return cached;
}
