import { Injectable } from '@nestjs/common';

import { LoadersContribution } from '../../../common/loaders/request-loaders';
import type { LoadersContributor } from '../../../common/loaders/request-loaders';
import { FilesRepository } from '../../files/files.repository';
import { ToolkitsRepository } from '../toolkits.repository';
import {
  assessmentLinksByAdoptionIdLoader,
  assessmentLinksByCaseStudyIdLoader,
  filesByVersionIdLoader,
  versionByIdLoader,
  versionsByToolkitIdLoader,
} from './toolkits.loaders';

/** Toolkits' DataLoaders, fresh for each request. */
const toolkitsLoaders = (repos: { toolkits: ToolkitsRepository; files: FilesRepository }) => ({
  versionsByToolkitId: versionsByToolkitIdLoader(repos.toolkits),
  filesByVersionId: filesByVersionIdLoader(repos.files),
  versionById: versionByIdLoader(repos.toolkits),
  assessmentLinksByCaseStudyId: assessmentLinksByCaseStudyIdLoader(repos.toolkits),
  assessmentLinksByAdoptionId: assessmentLinksByAdoptionIdLoader(repos.toolkits),
});

type ToolkitsLoaders = ReturnType<typeof toolkitsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the toolkits loaders to the bag
  interface RequestLoaders extends ToolkitsLoaders {}
}

/** Contributes the toolkits loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
@LoadersContribution({ feature: 'toolkits' })
@Injectable()
export class ToolkitsLoadersContribution implements LoadersContributor<keyof ToolkitsLoaders> {
  constructor(
    private readonly toolkits: ToolkitsRepository,
    private readonly files: FilesRepository,
  ) {}

  create(): ToolkitsLoaders {
    return toolkitsLoaders({ toolkits: this.toolkits, files: this.files });
  }
}
