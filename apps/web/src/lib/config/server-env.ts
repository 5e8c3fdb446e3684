import {
  SESSION_COOKIE_NAME_DEFAULT,
  SESSION_COOKIE_NAME_PATTERN,
  SESSION_IDLE_HOURS_DEFAULT,
  SESSION_TTL_DAYS_DEFAULT,
  SESSION_TTL_DAYS_MAX,
} from '@mic/shared-util';
import { z } from 'zod';

/**
 * Server-only configuration, parsed once from the environment. Never import
 * this from a client component: API_URL is not exposed to the browser.
 */
export const serverEnvSchema = z.object({
  /** The GraphQL endpoint, reached from the Next.js server only. */
  API_URL: z.url().default('http://localhost:4000/graphql'),
  /** The API's public base URL, as integrators reach it (shown on /developers); API_URL's origin when unset. */
  PUBLIC_API_URL: z.url().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** This site's public base URL (the organisation sign-in callback shown to admins); same variable as the API's. */
  WEB_PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Development mail catcher (JSON at /messages), set by `npm start`; unset in production. */
  MAIL_CATCHER_URL: z.url().optional(),
  /** Same variables and defaults as the API: the session cookie lives as long as the API session can. */
  SESSION_IDLE_HOURS: z.coerce.number().int().min(1).default(SESSION_IDLE_HOURS_DEFAULT),
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
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= serverEnvSchema.parse({
    API_URL: process.env['API_URL'] || undefined,
    PUBLIC_API_URL: process.env['PUBLIC_API_URL'] || undefined,
    NODE_ENV: process.env['NODE_ENV'] || undefined,
    WEB_PUBLIC_URL: process.env['WEB_PUBLIC_URL'] || undefined,
    MAIL_CATCHER_URL: process.env['MAIL_CATCHER_URL'] || undefined,
    SESSION_IDLE_HOURS: process.env['SESSION_IDLE_HOURS'] || undefined,
    SESSION_TTL_DAYS: process.env['SESSION_TTL_DAYS'] || undefined,
    SESSION_COOKIE_NAME: process.env['SESSION_COOKIE_NAME'] || undefined,
  });
  return cached;
}
