import type { CaseStudyEntity } from './entities/case-study.entity';
import type { CaseStudyReviewEntity } from './entities/case-study-review.entity';
import type { CaseStudyVersionEntity } from './entities/case-study-version.entity';
import type { CaseStudyPartnerEntity } from './entities/case-study-partner.entity';
import type {
  CaseStudyModel,
  CaseStudyPartnerModel,
  CaseStudyReviewModel,
  CaseStudyVersionModel,
} from './graphql/case-study.model';
import { isStale } from './case-studies.policy';
import { SNAPSHOT_FIELDS } from './case-study.fields';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export const toCaseStudyModel = (e: CaseStudyEntity, now = today()): CaseStudyModel => ({
  id: e.id,
  slug: e.slug,
  title: e.title,
  summary: e.summary,
  problem: { markdown: e.problem },
  aims: { markdown: e.aims },
  approach: { markdown: e.approach },
  coreComponents: { markdown: e.coreComponents },
  adaptableParts: { markdown: e.adaptableParts },
  resourcesAndCosts: { markdown: e.resourcesAndCosts },
  keyLearning: { markdown: e.keyLearning },
  targetPopulation: { groups: e.targetGroups, imdQuintiles: e.imdQuintiles, ageBands: e.ageBands },
  evidenceLevel: e.evidenceLevel,
  stage: e.practiceStage,
  status: e.status,
  version: e.version,
  reviewBy: e.reviewBy,
  isStale: isStale(e, now),
  contact: e.contactName
    ? { name: e.contactName, role: e.contactRole, email: e.contactEmail }
    : null,
  review:
    e.reviewedAt && e.publishedAt ? { reviewedAt: e.reviewedAt, icsId: e.reviewedByIcsId } : null,
  reviewComments: e.reviewComments,
  submittedAt: e.submittedAt,
  publishedAt: e.publishedAt,
  archivedAt: e.archivedAt,
  source: e.source,
  updatedAt: e.updatedAt,
  organisationId: e.organisationId,
  icsId: e.icsId,
  placeId: e.placeId,
  authorId: e.authorId,
});

export const toPartnerModel = (e: CaseStudyPartnerEntity): CaseStudyPartnerModel => ({
  name: e.name,
  role: e.role,
  organisationId: e.organisationId,
});

/** A version for the reader; the contact email is withheld from signed-out readers, as on the case study. */
export const toVersionModel = (
  e: CaseStudyVersionEntity,
  opts: { withContactEmail: boolean },
): CaseStudyVersionModel => ({
  number: e.number,
  version: e.version,
  changedFields: e.changedFields,
  changeNote: e.changeNote,
  snapshotJson: JSON.stringify(
    opts.withContactEmail || !('contactEmail' in e.snapshot)
      ? e.snapshot
      : { ...e.snapshot, contactEmail: null },
  ),
  createdAt: e.createdAt,
});

export const toReviewModel = (e: CaseStudyReviewEntity): CaseStudyReviewModel => ({
  decision: e.decision,
  comments: e.comments,
  version: e.version,
  createdAt: e.createdAt,
  icsId: e.reviewerIcsId,
});

export function snapshotOf(
  e: CaseStudyEntity,
  themes: string[],
  partners: { name: string; role: string }[],
): Record<string, unknown> {
  const snap: Record<string, unknown> = {};
  for (const key of SNAPSHOT_FIELDS) snap[key] = e[key];
  snap['themes'] = [...themes].sort();
  snap['partners'] = partners.map((p) => ({ name: p.name, role: p.role }));
  return snap;
}

/** Names of the snapshot fields whose values differ. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  if (!before) return [];
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Union of changed-field lists, in snapshot field order (unknown names last). */
export function unionOfFields(...lists: ReadonlyArray<readonly string[]>): string[] {
  const all = new Set(lists.flat());
  const order: readonly string[] = [...SNAPSHOT_FIELDS, 'themes', 'partners'];
  const known = order.filter((f) => all.has(f));
  return [...known, ...[...all].filter((f) => !order.includes(f)).sort()];
}

/** Change notes of saves coalesced into one version entry: each distinct note once, in order. */
export function mergeChangeNotes(existing: string | null, note: string | null): string | null {
  const next = note?.trim();
  if (!next) return existing;
  if (!existing?.trim()) return next;
  return existing.split('; ').includes(next) ? existing : `${existing}; ${next}`;
}
