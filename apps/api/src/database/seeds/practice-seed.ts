import type { EntityManager } from 'typeorm';

import { slugify } from '../../modules/case-studies/slug';
import { midlands } from './midlands-data';

/** The regional metric dictionary (reference data: every install). */
export const METRICS = [
  {
    key: 'LOCAL_RESIDENTS_INTO_JOBS',
    themeKey: 'EMPLOYMENT',
    label: 'Local residents into jobs',
    unit: 'people',
    definition: 'Residents of the ICS area who started paid employment through the programme.',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
  {
    key: 'PEOPLE_SUPPORTED',
    themeKey: 'EMPLOYMENT',
    label: 'People supported',
    unit: 'people',
    definition:
      'People who received one-to-one support (e.g. employment support, application and sift) from the programme.',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
  {
    key: 'PEOPLE_ENGAGED',
    themeKey: 'HEALTH_EQUITY',
    label: 'People engaged',
    unit: 'people',
    definition: 'People reached by sessions, workshops or screening (lighter touch than support).',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
  {
    key: 'WORK_PLACEMENTS',
    themeKey: 'EMPLOYMENT',
    label: 'Work placements provided',
    unit: 'people',
    definition:
      'People given a work placement (e.g. Kickstart, work experience) by the organisation.',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
  {
    key: 'APPRENTICESHIPS_STARTED',
    themeKey: 'WORKFORCE',
    label: 'Apprenticeships started',
    unit: 'people',
    definition: 'Apprenticeship starts, counted at the start date.',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
  {
    key: 'SOCIAL_VALUE_GBP',
    themeKey: 'PROCUREMENT_SOCIAL_VALUE',
    label: 'Social value',
    unit: 'GBP',
    definition:
      'Estimated social value in pounds, using the method the source states (e.g. TOMs or HACT).',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
  {
    key: 'LOCAL_SPEND_PERCENT',
    themeKey: 'PROCUREMENT_SOCIAL_VALUE',
    label: 'Local spend',
    unit: 'percent',
    definition: 'Share of addressable procurement spend with suppliers based in the ICS area.',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: false,
  },
  {
    key: 'TCO2E_SAVED',
    themeKey: 'ENVIRONMENT_SUSTAINABILITY',
    label: 'Carbon saved',
    unit: 'tCO2e',
    definition: 'Tonnes of CO2 equivalent saved a year against the stated baseline.',
    direction: 'HIGHER_IS_BETTER',
    perPopulation: true,
  },
] as const;

export async function seedMetrics(manager: EntityManager): Promise<void> {
  for (const [index, m] of METRICS.entries()) {
    await manager.query(
      `INSERT INTO metric (key, label, unit, definition, direction, per_population, sort_order, theme_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (key) DO UPDATE SET label = EXCLUDED.label, unit = EXCLUDED.unit,
         definition = EXCLUDED.definition, direction = EXCLUDED.direction,
         per_population = EXCLUDED.per_population, sort_order = EXCLUDED.sort_order,
         theme_key = EXCLUDED.theme_key`,
      [m.key, m.label, m.unit, m.definition, m.direction, m.perPopulation, index, m.themeKey],
    );
  }
}

interface SeedCaseStudy {
  title: string;
  ics: string | null;
  place: string | null;
  leadOrganisation: string;
  partners: string[];
  themes: string[];
  stage: string;
  summary: string;
  approach?: string;
  story?: string;
  outcomes: { metric: string; value: number; unit: string; qualifier?: string }[];
  source: string;
}

/**
 * How each figure in the data pack maps to the dictionary, with its date.
 * The data pack gives no measurement dates, so each date below is the end of
 * the period the source states or, failing that, the source's publication
 * month; the note says which.
 */
const OUTCOME_MAP: Record<
  string,
  { metric: string; measuredOn: string; periodStart?: string; cumulative: boolean; note: string }
> = {
  'Local residents into jobs': {
    metric: 'LOCAL_RESIDENTS_INTO_JOBS',
    measuredOn: '2025-01-01',
    cumulative: true,
    note: 'Cumulative figure as reported; dated by the source publication (January 2025), period not stated.',
  },
  'Estimated social value': {
    metric: 'SOCIAL_VALUE_GBP',
    measuredOn: '2025-01-01',
    cumulative: true,
    note: 'Cumulative estimate as reported; dated by the source publication (January 2025), method not stated.',
  },
  'Jobseekers who completed the application, were sifted and called in the first 4 weeks': {
    metric: 'PEOPLE_SUPPORTED',
    measuredOn: '2022-07-31',
    cumulative: false,
    note: 'Jobseekers who completed the application, were sifted and called in the first 4 weeks. The source gives no date; dated approximately by the latest period in the same report (July 2022).',
  },
  'People supported (Nov 2020 to Jul 2022)': {
    metric: 'PEOPLE_SUPPORTED',
    periodStart: '2020-11-01',
    measuredOn: '2022-07-31',
    cumulative: false,
    note: 'People supported, November 2020 to July 2022, as reported.',
  },
  'Young people given Kickstart placements (to Jan 2022)': {
    metric: 'WORK_PLACEMENTS',
    measuredOn: '2022-01-31',
    cumulative: true,
    note: 'Young people given Kickstart placements, to January 2022.',
  },
  'Individuals engaged (to Dec 2021)': {
    metric: 'PEOPLE_ENGAGED',
    measuredOn: '2021-12-31',
    cumulative: true,
    note: 'Individuals engaged, to December 2021.',
  },
};

/** Review-by dates: two years after the evidence date, so old evidence shows as stale. */
function reviewByFor(source: string): string {
  if (/January 2025/.test(source)) return '2027-01-31';
  if (/Conference 2023/.test(source)) return '2025-11-29';
  return '2024-07-31';
}

/**
 * Demo practice library: the 8 real case studies from the data pack, published,
 * with their figures and sources. Not peer reviewed on the platform (no badge).
 * Idempotent (keyed on slug).
 */
export async function seedDemoCaseStudies(manager: EntityManager): Promise<void> {
  const ids = async (sql: string) =>
    new Map(((await manager.query(sql)) as { k: string; id: string }[]).map((r) => [r.k, r.id]));
  const icsIds = await ids('SELECT ods_code AS k, id FROM ics');
  const placeIds = await ids(
    `SELECT i.ods_code || '/' || p.name AS k, p.id FROM place p JOIN ics i ON i.id = p.ics_id`,
  );
  const orgIds = await ids('SELECT name AS k, id FROM organisation');
  const studies = (midlands as unknown as { caseStudies: SeedCaseStudy[] }).caseStudies;
  for (const cs of studies) {
    const organisationId = orgIds.get(cs.leadOrganisation);
    if (!organisationId) continue;
    const slug = slugify(cs.title);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO case_study (slug, title, summary, approach, key_learning, evidence_level, practice_stage, status,
         organisation_id, ics_id, place_id, review_by, published_at, source)
       VALUES ($1, $2, $3, $4, $5, 'ANECDOTAL', $6, 'PUBLISHED', $7, $8, $9, $10, now(), $11)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        slug,
        cs.title,
        cs.summary,
        cs.approach ?? '',
        cs.story ? `A participant's story: ${cs.story}` : '',
        cs.stage === 'SCALED' ? 'SCALED' : 'ESTABLISHED',
        organisationId,
        cs.ics ? icsIds.get(cs.ics) : null,
        cs.ics && cs.place ? (placeIds.get(`${cs.ics}/${cs.place}`) ?? null) : null,
        reviewByFor(cs.source),
        cs.source,
      ],
    );
    if (!inserted.length) continue;
    const id = inserted[0].id;
    for (const theme of cs.themes) {
      await manager.query(
        `INSERT INTO case_study_theme (case_study_id, theme_key) SELECT $1, key FROM theme WHERE key = $2 ON CONFLICT DO NOTHING`,
        [id, theme],
      );
    }
    for (const [index, name] of cs.partners.entries()) {
      await manager.query(
        `INSERT INTO case_study_partner (case_study_id, organisation_id, name, role, sort_order) VALUES ($1, $2, $3, 'Partner', $4)`,
        [id, orgIds.get(name) ?? null, name, index],
      );
    }
    for (const outcome of cs.outcomes) {
      const mapped = OUTCOME_MAP[outcome.metric];
      if (!mapped) continue;
      await manager.query(
        `INSERT INTO outcome_measurement (case_study_id, metric_key, value, qualifier, measured_on, period_start, source_title, note, cumulative)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          mapped.metric,
          outcome.value,
          outcome.qualifier ?? null,
          mapped.measuredOn,
          mapped.periodStart ?? null,
          cs.source,
          mapped.note,
          mapped.cumulative,
        ],
      );
    }
  }
}
