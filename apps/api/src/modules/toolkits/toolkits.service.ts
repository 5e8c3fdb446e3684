import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import { FilesRepository } from '../files/files.repository';
import { NotificationsService } from '../notifications/notifications.service';
import type { AssessmentEntity } from './entities/assessment.entity';
import type { ToolkitEntity } from './entities/toolkit.entity';
import type {
  AssessmentFormData,
  ToolkitSectionData,
  ToolkitVersionEntity,
} from './entities/toolkit-version.entity';
import type {
  AssessmentFormSectionInput,
  CreateToolkitInput,
  PublishToolkitVersionInput,
  SaveAssessmentInput,
  StartAssessmentInput,
  SubmitAssessmentInput,
  ToolkitSectionInput,
} from './graphql/toolkit.inputs';
import { diffSections } from './toolkit-diff';
import type { SectionChange } from './toolkit-diff';
import { AssessmentStatus, SectionChangeKind } from './toolkits.constants';
import { ToolkitsErrorCode, ToolkitsException } from './toolkits.exception';
import { canCreateToolkit, canPublishVersion, validateAnswers } from './toolkits.policy';
import { ToolkitsRepository } from './toolkits.repository';
import { SearchIndexChanges } from '../../common/search/search-index-changes';

const toSections = (input: ToolkitSectionInput[]): ToolkitSectionData[] => {
  const keys = new Set(input.map((s) => s.key));
  if (keys.size !== input.length)
    throw new ToolkitsException(ToolkitsErrorCode.DuplicateSectionKey);
  return input.map((s) => ({ key: s.key, title: s.title.trim(), body: s.body }));
};

const toForm = (
  input: AssessmentFormSectionInput[] | null | undefined,
): AssessmentFormData | null =>
  input?.length
    ? {
        sections: input.map((s) => ({
          key: s.key,
          title: s.title,
          questions: s.questions.map((q) => ({
            key: q.key,
            label: q.label,
            type: q.type,
            ...(q.options?.length ? { options: q.options } : {}),
          })),
        })),
      }
    : null;

/** Toolkits, their versions (with section diffs and notifications) and fillable assessments. */
@Injectable()
export class ToolkitsService {
  constructor(
    private readonly repo: ToolkitsRepository,
    private readonly files: FilesRepository,
    private readonly notifications: NotificationsService,
    private readonly search: SearchIndexChanges,
  ) {}

  toolkits(): Promise<ToolkitEntity[]> {
    return this.repo.findAll();
  }

  async toolkit(slug: string): Promise<ToolkitEntity | null> {
    return this.repo.findBySlug(slug);
  }

  /** The diff of a version against the one before it (from the already-loaded version list). */
  diff(version: ToolkitVersionEntity, all: ToolkitVersionEntity[]): SectionChange[] {
    const previous = all.find((v) => v.number === version.number - 1) ?? null;
    return diffSections(previous?.sections ?? null, version.sections);
  }

  async createToolkit(user: AuthUser, input: CreateToolkitInput): Promise<ToolkitEntity> {
    const ownerOrganisationId = input.ownerOrganisationId ?? user.organisationId;
    if (!ownerOrganisationId || !canCreateToolkit(user, ownerOrganisationId))
      throw new ToolkitsException(ToolkitsErrorCode.NotAllowedToCreate);
    const sections = toSections(input.sections);
    try {
      const created = await this.repo.transaction(async (manager) => {
        const toolkit = await this.repo.insertToolkit(manager, {
          slug: input.slug,
          title: input.title.trim(),
          summary: input.summary.trim(),
          ownerOrganisationId,
          themeKeys: input.themeKeys ?? [],
          createdById: user.id,
          source: null,
        });
        const version = await this.repo.insertVersion(manager, {
          toolkitId: toolkit.id,
          number: 1,
          changelog: 'First version.',
          sections,
          form: toForm(input.form),
          publishedById: user.id,
        });
        await this.attachFiles(manager, user, input.fileIds, version.id);
        return toolkit;
      });
      await this.searchChanged(created.id, sections);
      return created;
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        /uq_toolkit_slug/.test(
          error.message +
            String((error as { driverError?: { constraint?: string } }).driverError?.constraint),
        )
      ) {
        throw new ToolkitsException(ToolkitsErrorCode.SlugTaken);
      }
      throw error;
    }
  }

  private async attachFiles(
    manager: Parameters<Parameters<ToolkitsRepository['transaction']>[0]>[0],
    user: AuthUser,
    fileIds: string[] | null | undefined,
    versionId: string,
  ): Promise<void> {
    const ids = [...new Set(fileIds ?? [])];
    const attached = await this.files.attach(manager, ids, user.id, 'TOOLKIT_VERSION', versionId);
    if (attached !== ids.length) throw new ToolkitsException(ToolkitsErrorCode.FileNotYours);
  }

  /**
   * Publishes version n+1 (older versions stay readable) and tells followers
   * and people who downloaded its files which sections changed.
   */
  async publishVersion(
    user: AuthUser,
    input: PublishToolkitVersionInput,
  ): Promise<ToolkitVersionEntity> {
    const toolkit = await this.repo.findById(input.toolkitId);
    if (!toolkit) throw new ToolkitsException(ToolkitsErrorCode.ToolkitNotFound);
    if (!canPublishVersion(user, toolkit))
      throw new ToolkitsException(ToolkitsErrorCode.NotAllowedToPublish);
    const sections = toSections(input.sections);
    let previousSections: { key: string }[] = [];
    const published = await this.repo.transaction(async (manager) => {
      await this.repo.lockToolkit(manager, toolkit.id);
      const previous = await this.repo.findCurrentVersion(toolkit.id, manager);
      previousSections = previous?.sections ?? [];
      const version = await this.repo.insertVersion(manager, {
        toolkitId: toolkit.id,
        number: (previous?.number ?? 0) + 1,
        changelog: input.changelog.trim(),
        sections,
        form:
          input.form === undefined || input.form === null
            ? (previous?.form ?? null)
            : toForm(input.form),
        publishedById: user.id,
      });
      await this.attachFiles(manager, user, input.fileIds, version.id);
      const changed = diffSections(previous?.sections ?? null, sections).filter(
        (c) => c.change !== SectionChangeKind.UNCHANGED,
      );
      const summary = changed.length
        ? changed.map((c) => `${c.title} (${c.change.toLowerCase()})`).join(', ')
        : 'No section changes.';
      await this.notifications.notify(
        {
          userIds: await this.repo.interestedInToolkit(manager, toolkit.id),
          kind: 'TOOLKIT_VERSION',
          title: `${toolkit.title} version ${version.number} published`,
          body: `Changed sections: ${summary}`,
          link: `/toolkits/${toolkit.slug}?version=${version.number}`,
          subjectType: 'TOOLKIT',
          subjectId: toolkit.id,
          actorId: user.id,
        },
        manager,
      );
      return version;
    });
    // Sections the new version dropped leave the index too.
    await this.searchChanged(toolkit.id, [...previousSections, ...sections]);
    return published;
  }

  /** Tells search the toolkit and these sections of it changed (after the commit). */
  private async searchChanged(toolkitId: string, sections: readonly { key: string }[]): Promise<void> {
    await this.search.changed('TOOLKIT', [toolkitId]);
    await this.search.changed('TOOLKIT_SECTION', sections.map((s) => `${toolkitId}:${s.key}`));
  }

  async startAssessment(user: AuthUser, input: StartAssessmentInput): Promise<AssessmentEntity> {
    const version = await this.repo.findCurrentVersion(input.toolkitId);
    if (!version) throw new ToolkitsException(ToolkitsErrorCode.ToolkitNotFound);
    if (!version.form) throw new ToolkitsException(ToolkitsErrorCode.NoForm);
    return this.repo.saveAssessment({
      toolkitVersionId: version.id,
      userId: user.id,
      answers: {},
      status: AssessmentStatus.DRAFT,
    });
  }

  /** Own assessments only; someone else's reads as not found. */
  async ownAssessment(
    user: AuthUser,
    id: string,
  ): Promise<{ assessment: AssessmentEntity; version: ToolkitVersionEntity }> {
    const assessment = await this.repo.findAssessment(id);
    if (!assessment || assessment.userId !== user.id)
      throw new ToolkitsException(ToolkitsErrorCode.AssessmentNotFound);
    const version = (await this.repo.findVersionById(
      assessment.toolkitVersionId,
    )) as ToolkitVersionEntity;
    return { assessment, version };
  }

  myAssessments(user: AuthUser): Promise<AssessmentEntity[]> {
    return this.repo.findAssessmentsByUser(user.id);
  }

  async saveAssessment(user: AuthUser, input: SaveAssessmentInput): Promise<AssessmentEntity> {
    const { assessment, version } = await this.ownAssessment(user, input.assessmentId);
    if (assessment.status !== AssessmentStatus.DRAFT)
      throw new ToolkitsException(ToolkitsErrorCode.AlreadySubmitted);
    const incoming = Object.fromEntries(input.answers.map((a) => [a.questionKey, a.value]));
    const errors = validateAnswers(version.form as AssessmentFormData, incoming, false);
    if (errors.length) throw badInput('Some answers need correcting.', errors[0].field, errors);
    return this.repo.saveAssessment({
      ...assessment,
      answers: { ...assessment.answers, ...incoming },
    });
  }

  async submitAssessment(user: AuthUser, input: SubmitAssessmentInput): Promise<AssessmentEntity> {
    const { assessment, version } = await this.ownAssessment(user, input.assessmentId);
    if (assessment.status !== AssessmentStatus.DRAFT)
      throw new ToolkitsException(ToolkitsErrorCode.AlreadySubmitted);
    const errors = validateAnswers(version.form as AssessmentFormData, assessment.answers, true);
    if (errors.length)
      throw badInput('Answer every question before submitting.', errors[0].field, errors);
    return this.repo.saveAssessment({
      ...assessment,
      status: AssessmentStatus.SUBMITTED,
      submittedAt: new Date(),
    });
  }
}
