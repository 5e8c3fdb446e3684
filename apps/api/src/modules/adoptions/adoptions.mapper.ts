import type { AdaptationEntity } from './entities/adaptation.entity';
import type { AdoptionEntity } from './entities/adoption.entity';
import type { AdoptionStageChangeEntity } from './entities/adoption-stage-change.entity';
import type {
  AdaptationModel,
  AdoptionModel,
  AdoptionStageChangeModel,
  LineageNodeModel,
} from './graphql/adoption.model';

export const toAdoptionModel = (e: AdoptionEntity): AdoptionModel => ({
  id: e.id,
  stage: e.stage,
  stoppedReason: e.stoppedReason,
  readiness: e.readiness.map((r) => ({ area: r.area, score: r.score, note: r.note ?? null })),
  barriers: e.barriers,
  enablers: e.enablers,
  learnedFromAdoptionId: e.learnedFromAdoptionId,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  caseStudyId: e.caseStudyId,
  organisationId: e.organisationId,
  icsId: e.icsId,
  contacts: e.contacts.map((c) => ({
    side: c.side,
    name: c.name,
    role: c.role ?? null,
    email: c.email ?? null,
  })),
});

export const toStageChangeModel = (e: AdoptionStageChangeEntity): AdoptionStageChangeModel => ({
  stage: e.stage,
  changedOn: e.changedOn,
  reason: e.reason,
});

export const toAdaptationModel = (e: AdaptationEntity): AdaptationModel => ({
  id: e.id,
  component: e.component,
  decision: e.decision,
  detail: e.detail,
  createdAt: e.createdAt,
});

/**
 * Lineage: adopters ordered parent-first (depth 1 learned from the origin).
 * A learned-from link that points outside the set, or into a cycle, is
 * treated as learned from the origin.
 */
export function toLineage(adoptions: AdoptionEntity[]): LineageNodeModel[] {
  const byId = new Map(adoptions.map((a) => [a.id, a]));
  const depthOf = (a: AdoptionEntity): number => {
    const seen = new Set<string>();
    let depth = 1;
    let current = a;
    while (
      current.learnedFromAdoptionId &&
      byId.has(current.learnedFromAdoptionId) &&
      !seen.has(current.id)
    ) {
      seen.add(current.id);
      current = byId.get(current.learnedFromAdoptionId) as AdoptionEntity;
      depth += 1;
    }
    return depth;
  };
  return adoptions
    .map((a) => ({
      adoption: toAdoptionModel(a),
      parentAdoptionId:
        a.learnedFromAdoptionId && byId.has(a.learnedFromAdoptionId)
          ? a.learnedFromAdoptionId
          : null,
      depth: depthOf(a),
    }))
    .sort(
      (x, y) =>
        x.depth - y.depth || x.adoption.createdAt.getTime() - y.adoption.createdAt.getTime(),
    );
}
