import { z } from 'zod';

export const ssoConnectionFields = [
  'displayName',
  'issuer',
  'clientId',
  'clientSecret',
  'emailDomains',
  'verifiesMembership',
] as const;
export type SsoConnectionField = (typeof ssoConnectionFields)[number];

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "nhs.net, @Walsall.gov.uk" → ['nhs.net', 'walsall.gov.uk'] (commas, spaces or new lines). */
export function parseDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
        .filter(Boolean),
    ),
  ];
}

/** The connection form; on edit, a blank client secret keeps the stored one. */
export function ssoConnectionSchema(editing: boolean) {
  return z.object({
    displayName: z
      .string()
      .trim()
      .min(2, 'Enter a display name of at least 2 characters, like NHSmail')
      .max(80, 'Display name must be 80 characters or fewer'),
    issuer: z
      .string()
      .trim()
      .min(1, 'Enter the issuer URL')
      .max(500, 'Issuer URL must be 500 characters or fewer')
      .pipe(z.url({ protocol: /^https?$/, error: 'Enter the issuer URL, like https://login.example.org' })),
    clientId: z.string().trim().min(1, 'Enter the client id').max(300, 'Client id must be 300 characters or fewer'),
    clientSecret: editing
      ? z.string().max(2000, 'Client secret must be 2000 characters or fewer')
      : z.string().min(1, 'Enter the client secret').max(2000, 'Client secret must be 2000 characters or fewer'),
    emailDomains: z
      .string()
      .transform(parseDomains)
      .pipe(
        z
          .array(z.string().regex(DOMAIN, 'Each email domain must look like example.org'))
          .min(1, 'Enter at least one email domain')
          .max(50, 'Enter 50 email domains or fewer'),
      ),
    verifiesMembership: z.string().transform((v) => v === 'yes'),
  });
}
