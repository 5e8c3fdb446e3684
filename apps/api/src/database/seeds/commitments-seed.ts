import type { EntityManager } from 'typeorm';

import { RagStatus, ReviewCadence } from '../../modules/commitments/commitment.enums';
import { nextUpdateDue } from '../../modules/commitments/commitment-schedule';
import { midlands } from './midlands-data';

/** Where the seeded commitments and their progress notes were published. */
export const COMMITMENTS_SOURCE = 'Health of the Region commitments progress report (WMCA)';

/** The commitments were made in 2021; the progress report covers progress to the end of July 2022. */
const MADE_ON = '2021-10-01';
const REPORTED_ON = '2022-07-31';

/** Per commitment (by organisation): its short title, cadence, the status its progress text suggests, and any target. */
const EXTRA: Record<
  string,
  {
    title: string;
    cadence: ReviewCadence;
    status: RagStatus;
    target?: { metricKey: string; value: number; date: string; baseline: number; progress: number };
  }
> = {
  'West Midlands Police': {
    title: '1,000 ethnic minority officers in three years',
    cadence: ReviewCadence.QUARTERLY,
    status: RagStatus.GREEN,
  },
  'Sandwell and West Birmingham NHS Trust': {
    title: 'Local suppliers and the living wage',
    cadence: ReviewCadence.ANNUAL,
    status: RagStatus.AMBER,
  },
  'Solihull Metropolitan Borough Council': {
    title: 'Health Equity Assessment Tool in all policies',
    cadence: ReviewCadence.SIX_MONTHLY,
    status: RagStatus.GREEN,
  },
  'West Midlands Combined Authority': {
    title: 'Thrive into Work for a further 450 people',
    cadence: ReviewCadence.QUARTERLY,
    status: RagStatus.GREEN,
    // The source reports 2,566 people supported from November 2020 to July 2022.
    target: {
      metricKey: 'PEOPLE_SUPPORTED',
      value: 450,
      date: '2023-03-31',
      baseline: 0,
      progress: 2566,
    },
  },
  'The Dudley Group NHS Foundation Trust': {
    title: 'Employment for local people who find it hard to get work',
    cadence: ReviewCadence.SIX_MONTHLY,
    status: RagStatus.GREEN,
  },
  'Coventry University': {
    title: 'Funded PhD studentships on COVID-19',
    cadence: ReviewCadence.ANNUAL,
    status: RagStatus.GREEN,
  },
  'West Midlands Fire Service': {
    title: 'Wider determinants of health in Safe and Well visits',
    cadence: ReviewCadence.SIX_MONTHLY,
    status: RagStatus.GREEN,
  },
  'Aston University': {
    title: 'A Health Hub at Aston open to the community',
    cadence: ReviewCadence.SIX_MONTHLY,
    status: RagStatus.AMBER,
  },
};

/**
 * Demo content: the commitments in the data pack, each with its source, its
 * progress note as the first update, and admin@example.org as owner.
 * Idempotent (a commitment is matched by its statement).
 */
export async function seedDemoCommitments(manager: EntityManager): Promise<void> {
  const [owner] = (await manager.query(
    `SELECT id FROM app_user WHERE email = 'admin@example.org'`,
  )) as {
    id: string;
  }[];
  if (!owner) return;
  for (const c of midlands.commitments) {
    const extra = EXTRA[c.organisation];
    if (!extra) throw new Error(`No seed details for the commitment of ${c.organisation}`);
    let [org] = (await manager.query(`SELECT id FROM organisation WHERE name = $1`, [
      c.organisation,
    ])) as {
      id: string;
    }[];
    if (!org) {
      [org] = (await manager.query(
        `INSERT INTO organisation (name, type_key, source) VALUES ($1, 'OTHER', $2) RETURNING id`,
        [c.organisation, COMMITMENTS_SOURCE],
      )) as { id: string }[];
    }
    const exists = (await manager.query(`SELECT 1 FROM commitment WHERE statement = $1`, [
      c.commitment,
    ])) as unknown[];
    if (exists.length) continue;
    const t = extra.target;
    const [row] = (await manager.query(
      `INSERT INTO commitment (title, statement, owner_id, cadence, metric_key, target_value, target_date, baseline,
                               source_title, source_url, created_by_id, created_at, updated_at, next_update_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $3, $11, $11, $12) RETURNING id`,
      [
        extra.title,
        c.commitment,
        owner.id,
        extra.cadence,
        t?.metricKey ?? null,
        t?.value ?? null,
        t?.date ?? null,
        t?.baseline ?? null,
        COMMITMENTS_SOURCE,
        null,
        `${MADE_ON}T09:00:00Z`,
        nextUpdateDue(extra.cadence, MADE_ON, REPORTED_ON),
      ],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO commitment_organisation (commitment_id, organisation_id, lead) VALUES ($1, $2, true)`,
      [row.id, org.id],
    );
    for (const theme of c.themes) {
      await manager.query(
        `INSERT INTO commitment_theme (commitment_id, theme_key) VALUES ($1, $2)`,
        [row.id, theme],
      );
    }
    await manager.query(
      `INSERT INTO commitment_update (commitment_id, reported_on, status, narrative, progress_value, created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        row.id,
        REPORTED_ON,
        extra.status,
        c.progress,
        t?.progress ?? null,
        owner.id,
        `${REPORTED_ON}T12:00:00Z`,
      ],
    );
  }
}
