import type { EntityManager } from 'typeorm';

import { demoSsoSeedEnv } from '../../config/sso.config';
import { Role } from '@mic/shared-util';

import { seedDemoEvents } from './events-seed';
import { DATA_SOURCE, midlands } from './midlands-data';
import { seedDemoCaseStudies } from './practice-seed';
import { seedToolkits } from './toolkits-seed';
import { seedDemoCommitments } from './commitments-seed';
import { seedDemoSsoConnection } from './sso-seed';

export const DEMO_PASSWORD = 'commons-demo-2026';

/** Public email domains of some demo organisations, for domain verification. */
const EMAIL_DOMAINS: Record<string, string[]> = {
  'Walsall Healthcare NHS Trust': ['walsallhealthcare.nhs.uk'],
  'Walsall College': ['walsallcollege.ac.uk'],
  'Aston University': ['aston.ac.uk'],
  'Coventry University': ['coventry.ac.uk'],
  'Solihull Metropolitan Borough Council': ['solihull.gov.uk'],
  'West Midlands Combined Authority': ['wmca.org.uk'],
};

export interface DemoAccount {
  email: string;
  name: string;
  organisation: string;
  roles: { role: Role; ics?: string }[];
}

/** The demo accounts listed in the README (password commons-demo-2026). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@example.org',
    name: 'Ruth Adeyemi',
    organisation: 'NHS England Midlands',
    roles: [{ role: Role.REGIONAL_ADMIN }],
  },
  {
    email: 'organiser@example.org',
    name: 'Owen Price',
    organisation: 'Office for Health Improvement and Disparities (OHID) Midlands',
    roles: [{ role: Role.ORGANISER }],
  },
  {
    email: 'lead@example.org',
    name: 'Leah Bassi',
    organisation: 'Walsall Healthcare NHS Trust',
    roles: [],
  },
  {
    email: 'member@example.org',
    name: 'Marcus Hall',
    organisation: 'Healthwatch Birmingham',
    roles: [],
  },
  {
    email: 'moderator@example.org',
    name: 'Mina Chowdhury',
    organisation: 'NHS Coventry and Warwickshire Integrated Care Board',
    roles: [{ role: Role.MODERATOR }],
  },
  {
    email: 'icsadmin@example.org',
    name: 'Isaac Doyle',
    organisation: 'NHS Nottingham and Nottinghamshire Integrated Care Board',
    roles: [{ role: Role.ICS_ADMIN, ics: 'QT1' }],
  },
];

async function idsBy(manager: EntityManager, sql: string): Promise<Map<string, string>> {
  const rows: { k: string; id: string }[] = await manager.query(sql);
  return new Map(rows.map((r) => [r.k, r.id]));
}

/**
 * Demo content: the 29 organisations and networks from the data pack, and the
 * demo accounts. Never loaded in production. Idempotent.
 */
export async function seedDemoData(
  manager: EntityManager,
  hashPassword: (password: string) => Promise<string>,
): Promise<void> {
  const icsIds = await idsBy(manager, 'SELECT ods_code AS k, id FROM ics');
  const placeIds = await idsBy(
    manager,
    `SELECT i.ods_code || '/' || p.name AS k, p.id FROM place p JOIN ics i ON i.id = p.ics_id`,
  );

  for (const org of midlands.organisations) {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO organisation (name, type_key, source, email_domains)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET type_key = EXCLUDED.type_key
       RETURNING id`,
      [org.name, org.type, DATA_SOURCE, EMAIL_DOMAINS[org.name] ?? []],
    );
    const orgId = rows[0].id;
    if (org.ics) {
      await manager.query(
        `INSERT INTO organisation_ics (organisation_id, ics_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [orgId, icsIds.get(org.ics)],
      );
      if (org.place) {
        await manager.query(
          `INSERT INTO organisation_place (organisation_id, place_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [orgId, placeIds.get(`${org.ics}/${org.place}`)],
        );
      }
    }
  }

  const orgIds = await idsBy(manager, 'SELECT name AS k, id FROM organisation');
  for (const network of midlands.networks) {
    await manager.query(
      `INSERT INTO network (name, ics_id, lead_organisation_ids, theme_keys, place_names)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (name) DO UPDATE SET lead_organisation_ids = EXCLUDED.lead_organisation_ids,
         theme_keys = EXCLUDED.theme_keys, place_names = EXCLUDED.place_names`,
      [
        network.name,
        network.ics ? icsIds.get(network.ics) : null,
        network.leadOrganisations.map((n) => orgIds.get(n)).filter(Boolean),
        network.workProgrammes,
        network.places ?? [],
      ],
    );
  }

  await seedDemoCaseStudies(manager);

  const hash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const inserted: { id: string }[] = await manager.query(
      // Seeded as established accounts (90 days old), so the new-account posting limit does not apply.
      `INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method,
                             membership_status, membership_requested_at, email_confirmed_at, created_at)
       VALUES ($1, $2, $3, $4, now(), 'SEEDED', 'VERIFIED', now(), now(), now() - interval '90 days')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [account.email, account.name, hash, orgIds.get(account.organisation)],
    );
    if (!inserted.length) continue;
    for (const role of [{ role: Role.MEMBER }, ...account.roles] as {
      role: Role;
      ics?: string;
    }[]) {
      const icsId = role.ics ? icsIds.get(role.ics) : null;
      await manager.query(
        `INSERT INTO role_assignment (user_id, role, ics_id, scope_key) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [inserted[0].id, role.role, icsId, icsId ?? ''],
      );
    }
  }
  await seedDemoEvents(manager);
  await seedToolkits(manager);
  await seedDemoCommitments(manager);
  await seedDemoSsoConnection(manager, demoSsoSeedEnv());
}
