import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

export interface TestToolkit {
  id: string;
  slug: string;
  versionId: string;
}

/** A toolkit with one published version and sections a, b (owner organisation given or created). */
export async function createToolkit(
  db: DataSource,
  overrides: { ownerOrganisationId: string; slug?: string; createdById?: string | null },
): Promise<TestToolkit> {
  const slug = overrides.slug ?? `toolkit-${randomUUID().slice(0, 8)}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO toolkit (slug, title, summary, owner_organisation_id, created_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      slug,
      `Toolkit ${slug}`,
      'A test toolkit.',
      overrides.ownerOrganisationId,
      overrides.createdById ?? null,
    ],
  );
  const versions: { id: string }[] = await db.query(
    `INSERT INTO toolkit_version (toolkit_id, number, changelog, sections) VALUES ($1, 1, 'First version', $2::jsonb) RETURNING id`,
    [
      rows[0].id,
      JSON.stringify([
        { key: 'a', title: 'Section A', body: 'Alpha' },
        { key: 'b', title: 'Section B', body: 'Beta' },
      ]),
    ],
  );
  return { id: rows[0].id, slug, versionId: versions[0].id };
}
