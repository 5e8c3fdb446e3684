import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { AdoptionsService } from '../adoptions/adoptions.service';
import type { AdoptionEntity } from '../adoptions/entities/adoption.entity';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import type { CaseStudyEntity } from '../case-studies/entities/case-study.entity';
import type {
  AttachAssessmentToAdoptionInput,
  AttachAssessmentToCaseStudyInput,
} from './graphql/assessment-link.models';
import { AssessmentStatus } from './toolkits.constants';
import { ToolkitsErrorCode, ToolkitsException } from './toolkits.exception';
import { ToolkitsRepository } from './toolkits.repository';
import { ToolkitsService } from './toolkits.service';

/**
 * Attaches a member's own submitted assessment to a case study or an adoption
 * they can edit, as evidence shown on its page.
 */
@Injectable()
export class AssessmentLinksService {
  constructor(
    private readonly toolkits: ToolkitsService,
    private readonly repo: ToolkitsRepository,
    private readonly caseStudies: CaseStudiesService,
    private readonly adoptions: AdoptionsService,
  ) {}

  async attachToCaseStudy(
    user: AuthUser,
    input: AttachAssessmentToCaseStudyInput,
  ): Promise<CaseStudyEntity> {
    const assessmentId = await this.submittedAssessmentId(user, input.assessmentId);
    const cs = await this.caseStudies.editableById(user, input.caseStudyId);
    await this.repo.insertAssessmentLink({
      assessmentId,
      caseStudyId: cs.id,
      adoptionId: null,
      linkedById: user.id,
    });
    return cs;
  }

  async attachToAdoption(
    user: AuthUser,
    input: AttachAssessmentToAdoptionInput,
  ): Promise<AdoptionEntity> {
    const assessmentId = await this.submittedAssessmentId(user, input.assessmentId);
    const adoption = await this.adoptions.editableById(user, input.adoptionId);
    await this.repo.insertAssessmentLink({
      assessmentId,
      caseStudyId: null,
      adoptionId: adoption.id,
      linkedById: user.id,
    });
    return adoption;
  }

  /** Own assessments only (someone else's reads as NOT_FOUND), and only once submitted. */
  private async submittedAssessmentId(user: AuthUser, id: string): Promise<string> {
    const { assessment } = await this.toolkits.ownAssessment(user, id);
    if (assessment.status !== AssessmentStatus.SUBMITTED)
      throw new ToolkitsException(ToolkitsErrorCode.AssessmentNotSubmitted);
    return assessment.id;
  }
}
