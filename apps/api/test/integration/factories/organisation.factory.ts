import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

export interface OrganisationOverrides {
  name?: string;
  typeKey?: string;
  icsOdsCodes?: string[];
  emailDomains?: string[];
}

/** Creates an organisation linked to the given ICSs (default Black Country). */
export async function createOrganisation(
  db: DataSource,
  overrides: OrganisationOverrides = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Test Organisation ${randomUUID().slice(0, 8)}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO organisation (name, type_key, email_domains) VALUES ($1, $2, $3) RETURNING id`,
    [name, overrides.typeKey ?? 'VCSE', overrides.emailDomains ?? []],
  );
  for (const code of overrides.icsOdsCodes ?? ['QUA']) {
    await db.query(
      `INSERT INTO organisation_ics (organisation_id, ics_id) SELECT $1, id FROM ics WHERE ods_code = $2`,
      [rows[0].id, code],
    );
  }
  return { id: rows[0].id, name };
}

export async function organisationIdByName(db: DataSource, name: string): Promise<string> {
  const rows: { id: string }[] = await db.query('SELECT id FROM organisation WHERE name = $1', [name]);
  if (!rows.length) throw new Error(`no organisation named ${name}`);
  return rows[0].id;
}
