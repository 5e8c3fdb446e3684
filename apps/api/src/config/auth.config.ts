import { registerAs } from '@nestjs/config';

import { parseEnv } from './env.schema';

export const authConfig = registerAs('auth', () => {
  const env = parseEnv(process.env);
  return {
    sessionTtlDays: env.SESSION_TTL_DAYS,
    cookieName: env.SESSION_COOKIE_NAME,
    secureCookies: env.NODE_ENV === 'production',
    maxFailuresPerAccount: env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: env.SIGN_IN_MAX_FAILURES_PER_IP,
    windowMinutes: env.SIGN_IN_WINDOW_MINUTES,
  };
});
