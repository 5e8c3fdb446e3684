import type DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole, isVerifiedMemberOf } from '../../common/auth/auth-user';
import { conflict } from '../../common/errors/domain.exception';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { DirectoryRepository } from '../directory/directory.repository';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CaseStudiesException, CaseStudiesErrorCode as Code } from './case-studies.exception';
import {
  changedFields,
  mergeChangeNotes,
  snapshotOf,
  toCaseStudyModel,
  today,
  unionOfFields,
} from './case-studies.mapper';
import {
  canEditCaseStudy,
  canMoveTo,
  canSubmitCaseStudy,
  canViewCaseStudy,
  checkReviewer,
  extendsLatestVersion,
  isReviewer,
} from './case-studies.policy';
import { CaseStudiesRepository } from './case-studies.repository';
import type { CaseStudyChanges, CaseStudyVisibility } from './case-studies.repository';
import { slugify } from './slug';
import {
  CaseStudyStatus,
  CaseStudyVersionKind,
  EvidenceLevel,
  PracticeStage,
  ReviewDecision,
} from './case-study.enums';
import { blankTemplate, COPIED_INPUT_FIELDS } from './case-study.fields';
import type { CaseStudyEntity } from './entities/case-study.entity';
import type { CaseStudyReviewEntity } from './entities/case-study-review.entity';
import type { CaseStudyVersionEntity } from './entities/case-study-version.entity';
import type {
  CaseStudiesArgs,
  CaseStudyTemplateFields,
  CreateCaseStudyInput,
  ReviewCaseStudyInput,
  UpdateCaseStudyInput,
} from './graphql/case-study.inputs';
import type { CaseStudyModel } from './graphql/case-study.model';

const PUBLIC_STATUSES = [CaseStudyStatus.PUBLISHED];

type Snapshot = Record<string, unknown>;

function addYear(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

@Injectable()
export class CaseStudiesService {
  constructor(
    private readonly repo: CaseStudiesRepository,
    private readonly directory: DirectoryRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: AuthUser | null, args: CaseStudiesArgs): Promise<Connection<CaseStudyModel>> {
    const page = pageRequest(args);
    const f = args.filter ?? {};
    const statuses = f.status
      ? [f.status]
      : f.mine
        ? Object.values(CaseStudyStatus)
        : PUBLIC_STATUSES;
    const needsVisibility = statuses.some(
      (s) => s !== CaseStudyStatus.PUBLISHED && s !== CaseStudyStatus.ARCHIVED,
    );
    const [rows, total] = await this.repo.findPage(
      {
        statuses,
        visibility: needsVisibility ? this.visibility(viewer) : null,
        organisationId: f.mine
          ? (viewer?.organisationId ?? '00000000-0000-0000-0000-000000000000')
          : undefined,
        icsOdsCode: f.icsOdsCode,
        theme: f.theme,
        stage: f.stage,
        evidenceLevel: f.evidenceLevel,
        search: f.search,
        includeStale: f.includeStale ?? true,
        staleOnly: f.staleOnly ?? false,
      },
      page,
    );
    const now = today();
    return toConnection(rows, total, page, (row) => toCaseStudyModel(row, now));
  }

  private visibility(viewer: AuthUser | null): CaseStudyVisibility {
    return {
      all: hasRole(viewer, Role.REGIONAL_ADMIN),
      submitted: isReviewer(viewer),
      organisationId: viewer?.organisationId ?? null,
      adminIcsIds: (viewer?.roles ?? [])
        .filter((r) => r.role === Role.ICS_ADMIN && r.icsId)
        .map((r) => r.icsId as string),
    };
  }

  /** NOT_FOUND both when missing and when the viewer may not see it (no existence leak). */
  async bySlug(viewer: AuthUser | null, slug: string): Promise<CaseStudyEntity> {
    const cs = await this.repo.findBySlug(slug);
    if (!cs || !canViewCaseStudy(viewer, cs)) throw new CaseStudiesException(Code.NotFound);
    return cs;
  }

  async visibleById(viewer: AuthUser | null, id: string): Promise<CaseStudyEntity> {
    const cs = await this.repo.findById(id);
    if (!cs || !canViewCaseStudy(viewer, cs)) throw new CaseStudiesException(Code.NotFound);
    return cs;
  }

  /** The case study if the actor may edit it: NOT_FOUND if invisible, FORBIDDEN if not an editor. */
  async editableById(actor: AuthUser, id: string): Promise<CaseStudyEntity> {
    const cs = await this.visibleById(actor, id);
    if (!canEditCaseStudy(actor, cs)) throw new CaseStudiesException(Code.NotEditor);
    return cs;
  }

  /** Review history is for editors and reviewers only (`reviews` is the request's batched loader). */
  async reviewsFor(
    viewer: AuthUser | null,
    cs: { id: string; organisationId: string; icsId: string | null; status: CaseStudyStatus },
    reviews: Pick<DataLoader<string, CaseStudyReviewEntity[]>, 'load'>,
  ): Promise<CaseStudyReviewEntity[]> {
    if (!canEditCaseStudy(viewer, cs) && !isReviewer(viewer)) return [];
    return reviews.load(cs.id);
  }

  async create(actor: AuthUser, input: CreateCaseStudyInput): Promise<CaseStudyEntity> {
    const organisationId = input.organisationId ?? actor.organisationId;
    if (!organisationId) throw new CaseStudiesException(Code.MembershipNotVerified);
    if (!isVerifiedMemberOf(actor, organisationId) && !hasRole(actor, Role.REGIONAL_ADMIN)) {
      throw new CaseStudiesException(
        actor.membership?.organisationId === organisationId
          ? Code.MembershipNotVerified
          : Code.NotOwnOrganisation,
      );
    }
    const org = await this.directory.findOrganisationById(organisationId);
    if (!org) throw new CaseStudiesException(Code.NotOwnOrganisation);
    let icsOdsCode = input.icsOdsCode;
    if (!icsOdsCode) {
      const links = await this.directory.findIcsLinks([organisationId]);
      icsOdsCode = links
        .map((l) => l.ics?.odsCode)
        .filter((c): c is string => !!c)
        .sort()[0];
    }
    const fields = await this.resolveFields({ ...input, icsOdsCode });
    const base = slugify(input.title);
    const taken = new Set(await this.repo.slugsStartingWith(base));
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    try {
      return await this.repo.transaction(async (manager) => {
        const cs = await this.repo.insert(manager, {
          slug,
          title: input.title.trim(),
          summary: input.summary ?? '',
          ...blankTemplate(),
          evidenceLevel: EvidenceLevel.ANECDOTAL,
          practiceStage: PracticeStage.PILOT,
          reviewBy: addYear(today()),
          ...fields.changes,
          status: CaseStudyStatus.DRAFT,
          organisationId,
          authorId: actor.id,
        });
        if (fields.themes) await this.repo.replaceThemes(manager, cs.id, fields.themes);
        if (fields.partners) await this.repo.replacePartners(manager, cs.id, fields.partners);
        return cs;
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw conflict('A case study with this title was created at the same moment; try again.');
      }
      throw error;
    }
  }

  async update(actor: AuthUser, input: UpdateCaseStudyInput): Promise<CaseStudyEntity> {
    const cs = await this.editableById(actor, input.id);
    if (cs.status === CaseStudyStatus.ARCHIVED) throw new CaseStudiesException(Code.WrongStatus);
    const fields = await this.resolveFields(input);
    const changes: CaseStudyChanges = { ...fields.changes };
    if (input.title !== undefined) changes.title = input.title.trim();
    return this.repo.transaction(async (manager) => {
      if (!(await this.repo.updateIfVersion(manager, cs.id, input.expectedVersion, changes))) {
        throw new CaseStudiesException(Code.VersionConflict);
      }
      // The conditional UPDATE holds the row lock until commit: one save at a time
      // reaches the version history below.
      let history: CaseStudyVersionEntity[] | null = null;
      let baseline: Snapshot | null = null;
      if (cs.status === CaseStudyStatus.PUBLISHED) {
        history = await this.repo.findLatestVersions(manager, cs.id, 2);
        // No entry yet (published before versions were kept, or seeded): the
        // first entry's changes are measured from the state this save started from.
        if (!history.length && cs.version === input.expectedVersion) {
          baseline = await this.snapshot(manager, cs);
        }
      }
      if (fields.themes) await this.repo.replaceThemes(manager, cs.id, fields.themes);
      if (fields.partners) await this.repo.replacePartners(manager, cs.id, fields.partners);
      const updated = await this.mustFind(manager, cs.id);
      if (updated.status === CaseStudyStatus.PUBLISHED) {
        await this.recordEdit(manager, updated, actor.id, input.changeNote ?? null, {
          history: history ?? (await this.repo.findLatestVersions(manager, cs.id, 2)),
          baseline,
        });
      }
      return updated;
    });
  }

  async submit(actor: AuthUser, id: string): Promise<CaseStudyEntity> {
    const cs = await this.editableById(actor, id);
    if (!canSubmitCaseStudy(actor, cs)) throw new CaseStudiesException(Code.NotVerified);
    return this.move(cs, CaseStudyStatus.SUBMITTED, { submittedAt: new Date() });
  }

  async archive(actor: AuthUser, id: string): Promise<CaseStudyEntity> {
    const cs = await this.editableById(actor, id);
    return this.move(cs, CaseStudyStatus.ARCHIVED, { archivedAt: new Date() });
  }

  async approve(actor: AuthUser, input: ReviewCaseStudyInput): Promise<CaseStudyEntity> {
    const { cs, reviewerIcsId, authorIcsIds } = await this.reviewable(actor, input.id);
    const now = new Date();
    return this.move(
      cs,
      CaseStudyStatus.PUBLISHED,
      {
        publishedAt: cs.publishedAt ?? now,
        reviewedAt: now,
        reviewedById: actor.id,
        reviewedByIcsId: reviewerIcsId,
        reviewComments: null,
      },
      async (manager, updated) => {
        await this.repo.insertReview(manager, {
          caseStudyId: cs.id,
          reviewerId: actor.id,
          reviewerIcsId,
          decision: ReviewDecision.APPROVED,
          comments: input.comments ?? null,
          version: updated.version,
        });
        await this.recordReview(manager, updated, actor.id);
        await this.auditReview(manager, actor, 'case_study.approved', cs, updated, authorIcsIds);
        await this.notifyAuthor(
          manager,
          actor,
          updated,
          'CASE_STUDY_APPROVED',
          `Published after peer review: ${updated.title}`,
        );
      },
    );
  }

  async returnForChanges(actor: AuthUser, input: ReviewCaseStudyInput): Promise<CaseStudyEntity> {
    if (!input.comments?.trim()) throw new CaseStudiesException(Code.CommentsRequired);
    const { cs, reviewerIcsId, authorIcsIds } = await this.reviewable(actor, input.id);
    return this.move(
      cs,
      CaseStudyStatus.DRAFT,
      { reviewComments: input.comments.trim() },
      async (manager, updated) => {
        await this.repo.insertReview(manager, {
          caseStudyId: cs.id,
          reviewerId: actor.id,
          reviewerIcsId,
          decision: ReviewDecision.RETURNED,
          comments: input.comments?.trim() ?? null,
          version: updated.version,
        });
        await this.auditReview(manager, actor, 'case_study.returned', cs, updated, authorIcsIds);
        await this.notifyAuthor(
          manager,
          actor,
          updated,
          'CASE_STUDY_RETURNED',
          `Returned with comments: ${updated.title}`,
        );
      },
    );
  }

  private async reviewable(
    actor: AuthUser,
    id: string,
  ): Promise<{ cs: CaseStudyEntity; reviewerIcsId: string | null; authorIcsIds: string[] }> {
    const cs = await this.visibleById(actor, id);
    // Conflicts of interest count the organisation a reviewer asked to join, verified or not.
    const reviewerOrganisationId = actor.membership?.organisationId ?? null;
    const links = await this.directory.findIcsLinks(
      reviewerOrganisationId ? [reviewerOrganisationId, cs.organisationId] : [cs.organisationId],
    );
    const reviewerIcss = links
      .filter((l) => l.organisationId === reviewerOrganisationId)
      .map((l) => l.icsId);
    const authorIcss = links
      .filter((l) => l.organisationId === cs.organisationId)
      .map((l) => l.icsId);
    const check = checkReviewer(actor, cs, reviewerIcss, authorIcss);
    if (check === 'NOT_REVIEWER') throw new CaseStudiesException(Code.NotReviewer);
    if (check === 'SAME_ICS') throw new CaseStudiesException(Code.SameIcsReviewer);
    const scoped = actor.roles.find((r) => r.icsId)?.icsId ?? null;
    return { cs, reviewerIcsId: [...reviewerIcss].sort()[0] ?? scoped, authorIcsIds: authorIcss };
  }

  /** The review decision in the audit log, scoped to the author organisation's ICSs. */
  private auditReview(
    manager: EntityManager,
    actor: AuthUser,
    action: 'case_study.approved' | 'case_study.returned',
    before: CaseStudyEntity,
    after: CaseStudyEntity,
    icsIds: string[],
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: actor.id,
        actor,
        action,
        targetType: 'case_study',
        targetId: before.id,
        before: { status: before.status, version: before.version },
        after: { status: after.status, version: after.version },
        icsIds,
      },
      manager,
    );
  }

  /** A lifecycle move as one conditional UPDATE on the current status (safe under concurrency). */
  private async move(
    cs: CaseStudyEntity,
    to: CaseStudyStatus,
    extra: CaseStudyChanges,
    after?: (manager: EntityManager, updated: CaseStudyEntity) => Promise<void>,
  ): Promise<CaseStudyEntity> {
    if (!canMoveTo(cs.status, to)) throw new CaseStudiesException(Code.WrongStatus);
    return this.repo.transaction(async (manager) => {
      if (
        !(await this.repo.updateIfStatus(manager, cs.id, [cs.status], { ...extra, status: to }))
      ) {
        throw new CaseStudiesException(Code.WrongStatus);
      }
      const updated = await this.mustFind(manager, cs.id);
      if (after) await after(manager, updated);
      return updated;
    });
  }

  private async mustFind(manager: EntityManager, id: string): Promise<CaseStudyEntity> {
    const cs = await this.repo.findById(id, manager);
    if (!cs) throw new CaseStudiesException(Code.NotFound);
    return cs;
  }

  private async snapshot(manager: EntityManager, cs: CaseStudyEntity): Promise<Snapshot> {
    const parts = await this.repo.findSnapshotParts(manager, cs.id);
    return snapshotOf(cs, parts.themes, parts.partners);
  }

  /**
   * Records a save of a published case study in its version history.
   * Consecutive saves by one person within 30 minutes (policy
   * `extendsLatestVersion`) fold into the latest entry: its snapshot, its
   * changed fields (against the entry before it) and its notes follow the
   * save. Otherwise the save starts the next entry.
   */
  private async recordEdit(
    manager: EntityManager,
    cs: CaseStudyEntity,
    actorId: string,
    note: string | null,
    before: { history: CaseStudyVersionEntity[]; baseline: Snapshot | null },
  ): Promise<void> {
    const snapshot = await this.snapshot(manager, cs);
    const [latest, previous] = before.history;
    if (latest && extendsLatestVersion(latest, actorId, new Date())) {
      await this.repo.extendVersion(manager, latest.id, {
        version: cs.version,
        snapshot,
        // Without an entry before it, the state before the entry's first save is
        // not kept: add this save's changes to those recorded so far.
        changedFields: previous
          ? changedFields(previous.snapshot, snapshot)
          : unionOfFields(latest.changedFields, changedFields(latest.snapshot, snapshot)),
        changeNote: mergeChangeNotes(latest.changeNote, note),
      });
      return;
    }
    await this.repo.insertVersion(manager, {
      caseStudyId: cs.id,
      version: cs.version,
      kind: CaseStudyVersionKind.EDIT,
      snapshot,
      changedFields: changedFields(latest?.snapshot ?? before.baseline, snapshot),
      changeNote: note?.trim() || null,
      createdById: actorId,
    });
  }

  /** Publishing after peer review always starts an entry of its own. */
  private async recordReview(
    manager: EntityManager,
    cs: CaseStudyEntity,
    actorId: string,
  ): Promise<void> {
    const snapshot = await this.snapshot(manager, cs);
    const [latest] = await this.repo.findLatestVersions(manager, cs.id, 1);
    await this.repo.insertVersion(manager, {
      caseStudyId: cs.id,
      version: cs.version,
      kind: CaseStudyVersionKind.REVIEW,
      snapshot,
      changedFields: changedFields(latest?.snapshot ?? null, snapshot),
      changeNote: 'Published after peer review',
      createdById: actorId,
    });
  }

  private async notifyAuthor(
    manager: EntityManager,
    actor: AuthUser,
    cs: CaseStudyEntity,
    kind: string,
    title: string,
  ): Promise<void> {
    const userIds = cs.authorId ? [cs.authorId] : await this.repo.memberIds(cs.organisationId);
    await this.notifications.notify(
      {
        userIds,
        actorId: actor.id,
        kind,
        title,
        link: `/case-studies/${cs.slug}`,
        subjectType: 'case_study',
        subjectId: cs.id,
      },
      manager,
    );
  }

  /** Validates references (ICS, place, themes) and maps input to column changes. */
  private async resolveFields(input: CaseStudyTemplateFields): Promise<{
    changes: CaseStudyChanges;
    themes?: string[];
    partners?: { name: string; role: string; organisationId: string | null }[];
  }> {
    const changes: CaseStudyChanges = {};
    for (const key of COPIED_INPUT_FIELDS) {
      if (input[key] !== undefined && input[key] !== null)
        (changes as Record<string, unknown>)[key] = input[key];
    }
    if (input.stage) changes.practiceStage = input.stage;
    if (input.contact !== undefined) {
      changes.contactName = input.contact?.name ?? null;
      changes.contactRole = input.contact?.role ?? null;
      changes.contactEmail = input.contact?.email ?? null;
    }
    if (input.icsOdsCode) {
      const ics = await this.directory.findIcsByOdsCode(input.icsOdsCode);
      if (!ics) throw new CaseStudiesException(Code.UnknownIcs);
      changes.icsId = ics.id;
      if (input.placeName) {
        const places = await this.directory.findPlacesByIcsIds([ics.id]);
        const place = places.find(
          (p) => p.name.toLowerCase() === input.placeName?.trim().toLowerCase(),
        );
        if (!place) throw new CaseStudiesException(Code.UnknownPlace);
        changes.placeId = place.id;
      } else {
        changes.placeId = null;
      }
    } else if (input.placeName) {
      throw new CaseStudiesException(Code.UnknownPlace);
    }
    let themes: string[] | undefined;
    if (input.themes) {
      themes = [...new Set(input.themes)];
      const known = new Set((await this.directory.findThemes()).map((t) => t.key));
      if (themes.some((t) => !known.has(t))) throw new CaseStudiesException(Code.UnknownTheme);
    }
    const partners = input.partners?.map((p) => ({
      name: p.name.trim(),
      role: p.role?.trim() ?? '',
      organisationId: p.organisationId ?? null,
    }));
    return { changes, themes, partners };
  }
}
