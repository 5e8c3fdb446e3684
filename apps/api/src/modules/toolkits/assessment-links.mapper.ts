import type { AttachedAssessmentModel } from './graphql/assessment-link.models';
import type { AssessmentLinkRow } from './toolkits.repository';

/** An attached assessment with its answers labelled and ordered by the form. */
export function toAttachedAssessmentModel(row: AssessmentLinkRow): AttachedAssessmentModel {
  const questions = (row.form?.sections ?? []).flatMap((s) => s.questions);
  const answers = questions
    .filter((q) => row.answers[q.key] !== undefined && String(row.answers[q.key]) !== '')
    .map((q) => ({ question: q.label, answer: String(row.answers[q.key]) }));
  return {
    id: row.id,
    toolkitTitle: row.toolkitTitle,
    toolkitSlug: row.toolkitSlug,
    versionNumber: row.versionNumber,
    submittedAt: row.submittedAt,
    attachedAt: row.attachedAt,
    answers,
  };
}
