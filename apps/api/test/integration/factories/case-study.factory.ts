import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

export interface CaseStudyOverrides {
  organisationId: string;
  title?: string;
  status?: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'ARCHIVED';
  icsOdsCode?: string | null;
  themes?: string[];
  reviewBy?: string;
  evidenceLevel?: string;
  stage?: string;
  /** Marks it peer-reviewed by someone from this ICS (the badge). */
  reviewedByIcsOdsCode?: string;
  /** Measurements to add to the origin series. */
  outcomes?: {
    metricKey: string;
    value: number;
    measuredOn: string;
    cumulative?: boolean;
    qualifier?: string;
    sourceTitle?: string;
  }[];
}

export interface TestCaseStudy {
  id: string;
  slug: string;
  title: string;
}

/** Persists a case study (published by default) with themes and outcome values. */
export async function createCaseStudy(
  db: DataSource,
  overrides: CaseStudyOverrides,
): Promise<TestCaseStudy> {
  const suffix = randomUUID().slice(0, 8);
  const title = overrides.title ?? `Test practice ${suffix}`;
  const slug = `test-practice-${suffix}`;
  const status = overrides.status ?? 'PUBLISHED';
  const rows: { id: string }[] = await db.query(
    `INSERT INTO case_study (slug, title, summary, evidence_level, practice_stage, status, organisation_id, ics_id,
       review_by, published_at)
     VALUES ($1, $2, 'A summary of the test practice.', $3, $4, $5::varchar, $6,
       (SELECT id FROM ics WHERE ods_code = $7), $8, CASE WHEN $5::varchar IN ('PUBLISHED', 'ARCHIVED') THEN now() END)
     RETURNING id`,
    [
      slug,
      title,
      overrides.evidenceLevel ?? 'BEFORE_AFTER',
      overrides.stage ?? 'ESTABLISHED',
      status,
      overrides.organisationId,
      overrides.icsOdsCode === undefined ? 'QUA' : overrides.icsOdsCode,
      overrides.reviewBy ?? '2099-01-01',
    ],
  );
  const id = rows[0].id;
  if (overrides.reviewedByIcsOdsCode) {
    await db.query(
      `UPDATE case_study SET reviewed_at = now(), reviewed_by_ics_id = (SELECT id FROM ics WHERE ods_code = $2) WHERE id = $1`,
      [id, overrides.reviewedByIcsOdsCode],
    );
  }
  for (const theme of overrides.themes ?? ['EMPLOYMENT']) {
    await db.query(`INSERT INTO case_study_theme (case_study_id, theme_key) VALUES ($1, $2)`, [
      id,
      theme,
    ]);
  }
  for (const o of overrides.outcomes ?? []) {
    await db.query(
      `INSERT INTO outcome_measurement (case_study_id, metric_key, value, measured_on, source_title, cumulative, qualifier)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        o.metricKey,
        o.value,
        o.measuredOn,
        o.sourceTitle ?? 'Test source',
        o.cumulative ?? false,
        o.qualifier ?? null,
      ],
    );
  }
  return { id, slug, title };
}

/** Persists an adoption with its first stage-history row. */
export async function createAdoption(
  db: DataSource,
  input: { caseStudyId: string; organisationId: string; icsOdsCode: string; stage?: string },
): Promise<{ id: string }> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO adoption (case_study_id, organisation_id, ics_id, stage)
     VALUES ($1, $2, (SELECT id FROM ics WHERE ods_code = $3), $4) RETURNING id`,
    [input.caseStudyId, input.organisationId, input.icsOdsCode, input.stage ?? 'EXPLORING'],
  );
  await db.query(
    `INSERT INTO adoption_stage_change (adoption_id, stage, changed_on) VALUES ($1, $2, current_date)`,
    [rows[0].id, input.stage ?? 'EXPLORING'],
  );
  return { id: rows[0].id };
}
