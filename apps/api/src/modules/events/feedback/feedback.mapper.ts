import type { CaseStudiesRepository } from '../../case-studies/case-studies.repository';
import type { EventFeedbackEntity } from '../entities/event-feedback.entity';
import type { EventFeedbackModel, FeedbackCaseStudyModel } from '../graphql/event-feedback.model';

/** The case studies named in feedback, by id (one statement; none for no ids). */
export async function caseStudyChoices(caseStudies: CaseStudiesRepository, ids: string[]): Promise<Map<string, FeedbackCaseStudyModel>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await caseStudies.findByIds(unique);
  return new Map(rows.map((cs) => [cs.id, { id: cs.id, title: cs.title, slug: cs.slug }]));
}

export function toFeedbackModel(
  f: EventFeedbackEntity,
  studies: Map<string, FeedbackCaseStudyModel>,
  delegateName: string | null,
  organisationName: string | null,
): EventFeedbackModel {
  return {
    id: f.id,
    rating: f.rating,
    useful: f.useful,
    interestedIn: f.interestedCaseStudyIds.map((id) => studies.get(id)).filter((s): s is FeedbackCaseStudyModel => !!s),
    delegateName,
    organisationName,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  };
}
