import { registerAs } from '@nestjs/config';

import { z } from 'zod';

import { demoSeedEnvFields, parseEnv } from './env.schema';

/** Fixed development key (base64 of 32 bytes): only where the secret is not secret (production requires SSO_SECRET_KEY). */
export const DEV_SSO_SECRET_KEY = Buffer.from('development-only-sso-key-32bytes', 'utf8').toString(
  'base64',
);

/** The path of the web app that identity providers redirect back to (register it with the provider). */
export const SSO_CALLBACK_PATH = '/sign-in/sso/callback';

export const ssoConfig = registerAs('sso', () => {
  const env = parseEnv(process.env);
  const web = env.WEB_PUBLIC_URL.replace(/\/+$/, '');
  return {
    secretKey: Buffer.from(env.SSO_SECRET_KEY ?? DEV_SSO_SECRET_KEY, 'base64'),
    allowInsecureHttp: env.SSO_ALLOW_INSECURE_HTTP,
    /** The redirect (callback) URL every connection registers with its provider. */
    redirectUrl: `${web}${SSO_CALLBACK_PATH}`,
    /** Where the provider sends the browser after RP-initiated logout. */
    postLogoutRedirectUrl: `${web}/sign-in?signedOut=1`,
  };
});

/** What the demo seed needs to write the demo sign-in connection (validated like every setting). */
export function demoSsoSeedEnv(): { SSO_SECRET_KEY?: string; DEMO_IDP_PORT?: string } {
  const parsed = z.object(demoSeedEnvFields).safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    SSO_SECRET_KEY: env.SSO_SECRET_KEY,
    DEMO_IDP_PORT: env.DEMO_IDP_PORT === undefined ? undefined : String(env.DEMO_IDP_PORT),
  };
}
