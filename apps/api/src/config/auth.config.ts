import { registerAs } from '@nestjs/config';

import { authCookieConfig } from '@mic/shared-util';

import { parseEnv } from './env.schema';

/** Fixed development key: device cookies only matter where the secret is secret (production requires one). */
const DEV_DEVICE_SECRET = 'development-only-device-cookie-key-not-secret';

export const authConfig = registerAs('auth', () => {
  const env = parseEnv(process.env);
  const production = env.NODE_ENV === 'production';
  // `__Host-` in production: the browser refuses the cookie unless Secure, Path=/ and no Domain.
  const cookies = authCookieConfig({
    production,
    sessionCookieName: env.SESSION_COOKIE_NAME,
    sessionTtlDays: env.SESSION_TTL_DAYS,
  });
  return {
    sessionTtlDays: env.SESSION_TTL_DAYS,
    sessionIdleHours: env.SESSION_IDLE_HOURS,
    cookieName: cookies.session.name,
    deviceCookieName: cookies.device.name,
    deviceCookieMaxAgeSeconds: cookies.device.maxAgeSeconds,
    secureCookies: cookies.secure,
    maxFailuresPerAccount: env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: env.SIGN_IN_MAX_FAILURES_PER_IP,
    windowMinutes: env.SIGN_IN_WINDOW_MINUTES,
    maxDelaySeconds: env.SIGN_IN_MAX_DELAY_SECONDS,
    deviceCookieSecret: env.DEVICE_COOKIE_SECRET ?? DEV_DEVICE_SECRET,
    trustProxy: env.TRUST_PROXY,
    /** Password reset links are valid this long. */
    resetTokenTtlMinutes: 60,
  };
});
