import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { FilesRepository } from '../files/files.repository';
import { FilesService } from '../files/files.service';
import { CaseStudiesErrorCode as Code, CaseStudiesException } from './case-studies.exception';
import { canViewCaseStudy } from './case-studies.policy';
import { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyStatus } from './case-study.enums';
import type { CaseStudyEntity } from './entities/case-study.entity';
import type {
  AttachCaseStudyFilesInput,
  RemoveCaseStudyAttachmentInput,
} from './graphql/case-study-attachment.inputs';

/** Owner type of files attached to a case study (stored_file.owner_type). */
export const CASE_STUDY_FILE_OWNER = 'CASE_STUDY';

/**
 * Attachments (documents and images with alt text) of a case study: editors
 * attach their own uploads; downloads follow the case study's visibility
 * (published: every signed-in member; drafts: editors and reviewers).
 */
@Injectable()
export class CaseStudyAttachmentsService implements OnModuleInit {
  constructor(
    private readonly caseStudies: CaseStudiesService,
    private readonly repo: CaseStudiesRepository,
    private readonly files: FilesRepository,
    private readonly filesService: FilesService,
  ) {}

  onModuleInit(): void {
    this.filesService.registerOwnerAccess(CASE_STUDY_FILE_OWNER, async (user, caseStudyId) => {
      const cs = await this.repo.findById(caseStudyId);
      return !!cs && canViewCaseStudy(user, cs);
    });
  }

  async attach(actor: AuthUser, input: AttachCaseStudyFilesInput): Promise<CaseStudyEntity> {
    const cs = await this.caseStudies.editableById(actor, input.caseStudyId);
    if (cs.status === CaseStudyStatus.ARCHIVED) throw new CaseStudiesException(Code.WrongStatus);
    const ids = [...new Set(input.fileIds)];
    await this.repo.transaction(async (manager) => {
      const attached = await this.files.attach(
        manager,
        ids,
        actor.id,
        CASE_STUDY_FILE_OWNER,
        cs.id,
      );
      // All or nothing: someone else's file, or one attached elsewhere, rolls the lot back.
      if (attached !== ids.length) throw new CaseStudiesException(Code.FileNotYours);
    });
    return cs;
  }

  async remove(actor: AuthUser, input: RemoveCaseStudyAttachmentInput): Promise<CaseStudyEntity> {
    const cs = await this.caseStudies.editableById(actor, input.caseStudyId);
    if (!(await this.files.detach(input.fileId, CASE_STUDY_FILE_OWNER, cs.id)))
      throw new CaseStudiesException(Code.AttachmentNotFound);
    return cs;
  }
}
