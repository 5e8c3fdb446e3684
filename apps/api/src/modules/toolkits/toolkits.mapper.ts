import { renderMarkdown } from '../../common/markdown/render-markdown';
import type { AssessmentEntity } from './entities/assessment.entity';
import type { ToolkitEntity } from './entities/toolkit.entity';
import type { ToolkitVersionEntity } from './entities/toolkit-version.entity';
import type { AssessmentModel, ToolkitModel, ToolkitVersionModel } from './graphql/toolkit.models';
import type { AssessmentStatus, QuestionType } from './toolkits.constants';

export const toToolkitModel = (e: ToolkitEntity): ToolkitModel => ({
  id: e.id,
  slug: e.slug,
  title: e.title,
  summary: e.summary,
  themeKeys: e.themeKeys,
  source: e.source,
  link: `/toolkits/${e.slug}`,
  ownerOrganisationId: e.ownerOrganisationId,
  createdById: e.createdById,
});

export const toVersionModel = (e: ToolkitVersionEntity): ToolkitVersionModel => ({
  id: e.id,
  number: e.number,
  changelog: e.changelog,
  publishedAt: e.publishedAt,
  toolkitId: e.toolkitId,
  sections: e.sections.map((s) => ({
    ...s,
    bodyHtml: renderMarkdown(s.body),
    threadSubjectId: `${e.toolkitId}:${s.key}`,
  })),
  form: e.form
    ? e.form.sections.map((s) => ({
        key: s.key,
        title: s.title,
        questions: s.questions.map((q) => ({
          key: q.key,
          label: q.label,
          type: q.type as QuestionType,
          options: q.options ?? [],
        })),
      }))
    : null,
});

export const toAssessmentModel = (e: AssessmentEntity): AssessmentModel => ({
  id: e.id,
  toolkitVersionId: e.toolkitVersionId,
  status: e.status as AssessmentStatus,
  answers: Object.entries(e.answers).map(([questionKey, value]) => ({
    questionKey,
    value: String(value),
  })),
  updatedAt: e.updatedAt,
  submittedAt: e.submittedAt,
  csvPath: `/assessments/${e.id}/export.csv`,
  pdfPath: `/assessments/${e.id}/export.pdf`,
});
