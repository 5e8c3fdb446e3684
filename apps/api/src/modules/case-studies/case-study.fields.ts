import type { CaseStudyEntity } from './entities/case-study.entity';

/**
 * The case study's fields, defined once. Each entry is a column of
 * `case_study` (relations are not fields) with what the code needs to know:
 *
 * - `column`: its SQL name (the raw-row key);
 * - `select`: how the hand-written list SQL reads it, when not `cs.<column>`;
 * - `snapshot`: kept in each version entry (case_study_version.snapshot);
 * - `copy`: copied as is from the editor's input (CaseStudyTemplateFields) to the row;
 * - `blank`: its value in a new draft before the author fills it in.
 *
 * The raw row type, the column list, the row mapper, the snapshot fields and
 * the copy list are all derived from this, so adding a column means one entry
 * here (the `satisfies` below makes the compiler insist on it; a unit test
 * checks it against TypeORM's metadata).
 */
interface FieldSpec {
  readonly column: string;
  readonly select?: string;
  readonly snapshot?: true;
  readonly copy?: true;
  readonly blank?: '' | readonly [];
}

/** The entity's properties that are columns (not relations). */
export type CaseStudyColumnKey = Exclude<
  keyof CaseStudyEntity,
  'organisation' | 'ics' | 'place' | 'author'
>;

export const CASE_STUDY_FIELDS = {
  id: { column: 'id' },
  slug: { column: 'slug' },
  title: { column: 'title', snapshot: true },
  summary: { column: 'summary', snapshot: true, copy: true },
  problem: { column: 'problem', snapshot: true, copy: true, blank: '' },
  aims: { column: 'aims', snapshot: true, copy: true, blank: '' },
  approach: { column: 'approach', snapshot: true, copy: true, blank: '' },
  coreComponents: { column: 'core_components', snapshot: true, copy: true, blank: '' },
  adaptableParts: { column: 'adaptable_parts', snapshot: true, copy: true, blank: '' },
  resourcesAndCosts: { column: 'resources_and_costs', snapshot: true, copy: true, blank: '' },
  keyLearning: { column: 'key_learning', snapshot: true, copy: true, blank: '' },
  targetGroups: { column: 'target_groups', snapshot: true, copy: true, blank: [] },
  imdQuintiles: { column: 'imd_quintiles', snapshot: true, copy: true, blank: [] },
  ageBands: { column: 'age_bands', snapshot: true, copy: true, blank: [] },
  evidenceLevel: { column: 'evidence_level', snapshot: true, copy: true },
  practiceStage: { column: 'practice_stage', snapshot: true },
  status: { column: 'status' },
  version: { column: 'version' },
  organisationId: { column: 'organisation_id' },
  icsId: { column: 'ics_id', snapshot: true },
  placeId: { column: 'place_id', snapshot: true },
  authorId: { column: 'author_id' },
  contactName: { column: 'contact_name', snapshot: true },
  contactEmail: { column: 'contact_email', snapshot: true },
  contactRole: { column: 'contact_role', snapshot: true },
  /** A `date`: read as YYYY-MM-DD text, as the entity holds it. */
  reviewBy: {
    column: 'review_by',
    select: 'cs.review_by::text AS review_by',
    snapshot: true,
    copy: true,
  },
  submittedAt: { column: 'submitted_at' },
  publishedAt: { column: 'published_at' },
  reviewedAt: { column: 'reviewed_at' },
  reviewedById: { column: 'reviewed_by_id' },
  reviewedByIcsId: { column: 'reviewed_by_ics_id' },
  reviewComments: { column: 'review_comments' },
  archivedAt: { column: 'archived_at' },
  source: { column: 'source' },
  createdAt: { column: 'created_at' },
  updatedAt: { column: 'updated_at' },
} as const satisfies { readonly [K in CaseStudyColumnKey]: FieldSpec };

type Fields = typeof CASE_STUDY_FIELDS;
type FieldKey = keyof Fields;
type KeysWhere<Flag extends keyof FieldSpec> = {
  [K in FieldKey]: Fields[K] extends Record<Flag, unknown> ? K : never;
}[FieldKey];

/** A `case_study` row as the driver returns it: each column under its SQL name. */
export type CaseStudyRow = { [K in FieldKey as Fields[K]['column']]: CaseStudyEntity[K] };

const FIELD_KEYS = Object.keys(CASE_STUDY_FIELDS) as FieldKey[];
const keysWith = <Flag extends keyof FieldSpec>(flag: Flag): KeysWhere<Flag>[] =>
  FIELD_KEYS.filter((key) => flag in CASE_STUDY_FIELDS[key]) as KeysWhere<Flag>[];

/** Every column's SQL name, in entity order. */
export const CASE_STUDY_COLUMNS: readonly string[] = FIELD_KEYS.map(
  (key) => CASE_STUDY_FIELDS[key].column,
);

/** The select list for hand-written SQL over `case_study cs`, each column under its own name. */
export const CASE_STUDY_SELECT = FIELD_KEYS.map((key) => {
  const field: FieldSpec = CASE_STUDY_FIELDS[key];
  return field.select ?? `cs.${field.column}`;
}).join(', ');

/** Template fields kept in each version entry, in the order readers see changes listed. */
export const SNAPSHOT_FIELDS: readonly KeysWhere<'snapshot'>[] = keysWith('snapshot');

/** Template fields the editor's input carries under the entity's own name, copied as given. */
export const COPIED_INPUT_FIELDS: readonly KeysWhere<'copy'>[] = keysWith('copy');

/** The template fields of a new draft before the author fills them in. */
export function blankTemplate(): { [K in KeysWhere<'blank'>]: CaseStudyEntity[K] } {
  const out: Record<string, unknown> = {};
  for (const key of keysWith('blank')) {
    const blank = (CASE_STUDY_FIELDS[key] as FieldSpec).blank;
    out[key] = Array.isArray(blank) ? [] : blank;
  }
  return out as { [K in KeysWhere<'blank'>]: CaseStudyEntity[K] };
}

const ROW_MAP: readonly (readonly [FieldKey, string])[] = FIELD_KEYS.map(
  (key) => [key, CASE_STUDY_FIELDS[key].column] as const,
);

/** A raw `case_study` row (hand-written SQL) to the entity, every column. */
export function caseStudyFromRow(row: CaseStudyRow): CaseStudyEntity {
  const raw = row as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, column] of ROW_MAP) out[key] = raw[column];
  return out as unknown as CaseStudyEntity;
}
