import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { toFileModel } from '../files/files.mapper';
import { FileModel } from '../files/graphql/file.model';
import { toCaseStudyModel } from './case-studies.mapper';
import { CaseStudyAttachmentsService } from './case-study-attachments.service';
import {
  AttachCaseStudyFilesInput,
  RemoveCaseStudyAttachmentInput,
} from './graphql/case-study-attachment.inputs';
import { CaseStudyModel } from './graphql/case-study.model';

@Resolver(() => CaseStudyModel)
export class CaseStudyAttachmentsResolver {
  constructor(private readonly service: CaseStudyAttachmentsService) {}

  @Policy('case-studies.policy canEditCaseStudy; only your own unattached uploads')
  @Mutation(() => CaseStudyModel, {
    description:
      'Attach files you uploaded (POST /files) to a case study. Downloads follow who may see the case study.',
  })
  async attachCaseStudyFiles(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AttachCaseStudyFilesInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.attach(actor, input));
  }

  @Policy('case-studies.policy canEditCaseStudy')
  @Mutation(() => CaseStudyModel, { description: 'Remove an attachment from a case study.' })
  async removeCaseStudyAttachment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RemoveCaseStudyAttachmentInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.remove(actor, input));
  }

  @ResolveField(() => [FileModel], {
    description:
      'Attached documents and images (images carry alt text); download paths need a signed-in member allowed to see the case study.',
  })
  async attachments(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<FileModel[]> {
    return (await ctx.loaders.filesByCaseStudyId.load(cs.id)).map(toFileModel);
  }
}
