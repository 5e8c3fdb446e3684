import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import { canViewCaseStudy } from '../case-studies/case-studies.policy';
import { DirectoryRepository } from '../directory/directory.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { AdoptionStage } from './adoption.enums';
import { AdoptionsException, AdoptionsErrorCode as Code } from './adoptions.exception';
import { canDeclareAdoption, canEditAdoption, stageChangeProblem } from './adoptions.policy';
import { AdoptionsRepository } from './adoptions.repository';
import type { AdoptionEntity } from './entities/adoption.entity';
import type {
  AdoptCaseStudyInput,
  AdoptionsFilter,
  UpdateAdoptionInput,
} from './graphql/adoption.inputs';

const today = (): string => new Date().toISOString().slice(0, 10);

@Injectable()
export class AdoptionsService {
  constructor(
    private readonly repo: AdoptionsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly directory: DirectoryRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async list(filter: AdoptionsFilter | undefined): Promise<AdoptionEntity[]> {
    if (filter?.icsOdsCode && !(await this.directory.findIcsByOdsCode(filter.icsOdsCode))) {
      throw new AdoptionsException(Code.UnknownIcs);
    }
    return this.repo.find(filter ?? {});
  }

  /** Adoptions of public case studies are public; others are NOT_FOUND unless the viewer may see the case study. */
  async byId(viewer: AuthUser | null, id: string): Promise<AdoptionEntity> {
    const adoption = await this.repo.findById(id);
    if (!adoption) throw new AdoptionsException(Code.NotFound);
    const cs = await this.caseStudies.findById(adoption.caseStudyId);
    if (!cs || !canViewCaseStudy(viewer, cs)) throw new AdoptionsException(Code.NotFound);
    return adoption;
  }

  async adopt(actor: AuthUser, input: AdoptCaseStudyInput): Promise<AdoptionEntity> {
    const cs = await this.caseStudies.findById(input.caseStudyId);
    if (!cs || !canViewCaseStudy(actor, cs)) throw new AdoptionsException(Code.CaseStudyNotFound);
    if (cs.status !== CaseStudyStatus.PUBLISHED) throw new AdoptionsException(Code.NotPublished);
    if (!canDeclareAdoption(actor, input.organisationId))
      throw new AdoptionsException(Code.NotOwnOrganisation);
    if (input.organisationId === cs.organisationId)
      throw new AdoptionsException(Code.OriginCannotAdopt);
    if (input.learnedFromAdoptionId) {
      const parent = await this.repo.findById(input.learnedFromAdoptionId);
      if (!parent || parent.caseStudyId !== cs.id) throw new AdoptionsException(Code.BadLineage);
    }
    const links = await this.directory.findIcsLinks([input.organisationId]);
    const icsId = links.map((l) => l.icsId).sort()[0] ?? null;
    const org = await this.directory.findOrganisationById(input.organisationId);
    if (!org) throw new AdoptionsException(Code.NotOwnOrganisation);
    const stage = input.stage ?? AdoptionStage.EXPLORING;
    const contacts = input.contact
      ? [
          {
            side: 'ADOPTER' as const,
            name: input.contact.name.trim(),
            role: input.contact.role?.trim() || null,
            email: input.contact.email?.trim() || null,
          },
        ]
      : [];
    try {
      return await this.repo.transaction(async (manager) => {
        const adoption = await this.repo.insert(manager, {
          caseStudyId: cs.id,
          organisationId: input.organisationId,
          icsId,
          learnedFromAdoptionId: input.learnedFromAdoptionId ?? null,
          stage,
          stoppedReason: null,
          readiness: [],
          barriers: [],
          enablers: [],
          contacts,
          declaredById: actor.id,
        });
        await this.repo.insertStageChange(manager, {
          adoptionId: adoption.id,
          stage,
          changedOn: today(),
          reason: null,
          changedById: actor.id,
        });
        const recipients = cs.authorId
          ? [cs.authorId]
          : await this.caseStudies.memberIds(cs.organisationId);
        await this.notifications.notify(
          {
            userIds: recipients,
            actorId: actor.id,
            kind: 'ADOPTION_DECLARED',
            title: `${org.name} is adopting ${cs.title}`,
            link: `/adoptions/${adoption.id}`,
            subjectType: 'adoption',
            subjectId: adoption.id,
          },
          manager,
        );
        return adoption;
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new AdoptionsException(Code.AlreadyAdopting);
      throw error;
    }
  }

  /** The adoption if the actor may edit it: NOT_FOUND if invisible, FORBIDDEN if not an editor. */
  async editableById(actor: AuthUser, id: string): Promise<AdoptionEntity> {
    const adoption = await this.byId(actor, id);
    if (!canEditAdoption(actor, adoption)) throw new AdoptionsException(Code.NotEditor);
    return adoption;
  }

  async update(actor: AuthUser, input: UpdateAdoptionInput): Promise<AdoptionEntity> {
    const adoption = await this.editableById(actor, input.id);
    if (input.stage && stageChangeProblem(input.stage, input.stageReason)) {
      throw new AdoptionsException(Code.ReasonRequired);
    }
    return this.repo.transaction(async (manager) => {
      const changes: Partial<AdoptionEntity> = {};
      if (input.stage && input.stage !== adoption.stage) {
        changes.stage = input.stage;
        changes.stoppedReason =
          input.stage === AdoptionStage.STOPPED ? (input.stageReason?.trim() ?? null) : null;
        await this.repo.insertStageChange(manager, {
          adoptionId: adoption.id,
          stage: input.stage,
          changedOn: input.stageChangedOn ?? today(),
          reason: input.stageReason?.trim() || null,
          changedById: actor.id,
        });
      }
      if (input.readiness) {
        const byArea = new Map(input.readiness.map((r) => [r.area, r]));
        changes.readiness = [...byArea.values()].map((r) => ({
          area: r.area as never,
          score: r.score,
          note: r.note?.trim() || null,
        }));
      }
      if (input.barriers) changes.barriers = input.barriers.map((b) => b.trim()).filter(Boolean);
      if (input.enablers) changes.enablers = input.enablers.map((b) => b.trim()).filter(Boolean);
      if (input.contacts) {
        changes.contacts = input.contacts.map((c) => ({
          side: c.side,
          name: c.name.trim(),
          role: c.role?.trim() || null,
          email: c.email ?? null,
        }));
      }
      await this.repo.update(manager, adoption.id, changes);
      await this.repo.insertAdaptations(
        manager,
        (input.addAdaptations ?? []).map((a) => ({
          adoptionId: adoption.id,
          component: a.component.trim(),
          decision: a.decision,
          detail: a.detail?.trim() ?? '',
          createdById: actor.id,
        })),
      );
      const updated = await this.repo.findById(adoption.id, manager);
      if (!updated) throw new AdoptionsException(Code.NotFound);
      return updated;
    });
  }
}
