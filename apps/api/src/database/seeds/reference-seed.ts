import type { EntityManager } from 'typeorm';

import { midlands, ORGANISATION_TYPE_LABELS } from './midlands-data';
import { seedMetrics } from './practice-seed';

/**
 * Real reference data every install needs: the 11 ICSs with ODS codes,
 * places and populations (ONS Census 2021, summed over each ICB's upper-tier
 * local authorities; breakdown in docs/reference-data.md), themes and
 * organisation types. Idempotent (upserts: re-running updates the figures).
 */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  for (const ics of midlands.icss) {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO ics (ods_code, name, short_name, sub_region, nhs_sites, population, population_source,
         map_hex_col, map_hex_row)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (ods_code) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name,
         sub_region = EXCLUDED.sub_region, nhs_sites = EXCLUDED.nhs_sites,
         population = EXCLUDED.population, population_source = EXCLUDED.population_source,
         map_hex_col = EXCLUDED.map_hex_col, map_hex_row = EXCLUDED.map_hex_row
       RETURNING id`,
      [
        ics.odsCode,
        ics.name,
        ics.shortName,
        ics.subRegion,
        ics.nhsSites,
        ics.population,
        ics.populationSource,
        ics.mapHex.col,
        ics.mapHex.row,
      ],
    );
    for (const place of ics.places) {
      await manager.query(
        `INSERT INTO place (ics_id, name) VALUES ($1, $2) ON CONFLICT (ics_id, name) DO NOTHING`,
        [rows[0].id, place],
      );
    }
  }
  for (const [index, theme] of midlands.themes.entries()) {
    await manager.query(
      `INSERT INTO theme (key, label, sort_order) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET label = EXCLUDED.label, sort_order = EXCLUDED.sort_order`,
      [theme.key, theme.label, index],
    );
  }
  for (const [index, key] of midlands.organisationTypes.entries()) {
    await manager.query(
      `INSERT INTO organisation_type (key, label, sort_order) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET label = EXCLUDED.label, sort_order = EXCLUDED.sort_order`,
      [key, ORGANISATION_TYPE_LABELS[key] ?? key, index],
    );
  }
  await seedMetrics(manager);
}
