import { Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/public.decorator';
import { FilesService } from './files.service';
import { UploadPolicyModel } from './graphql/upload-policy.model';

@Resolver(() => UploadPolicyModel)
export class FilesResolver {
  constructor(private readonly files: FilesService) {}

  @Public()
  @Query(() => UploadPolicyModel, {
    name: 'uploadPolicy',
    description: 'Limits and checks that apply to uploads, and whether files are virus-scanned.',
  })
  uploadPolicy(): UploadPolicyModel {
    return this.files.policy();
  }
}
