import { Injectable } from '@nestjs/common';

import { LoadersContribution } from '../../../common/loaders/request-loaders';
import type { LoadersContributor } from '../../../common/loaders/request-loaders';
import { DirectoryRepository } from '../../directory/directory.repository';
import { FilesRepository } from '../../files/files.repository';
import { CaseStudiesRepository } from '../case-studies.repository';
import {
  caseStudyByIdLoader,
  filesByCaseStudyIdLoader,
  partnersByCaseStudyIdLoader,
  placeByIdLoader,
  themesByCaseStudyIdLoader,
} from './case-studies.loaders';
import {
  reviewsByCaseStudyIdLoader,
  versionsByCaseStudyIdLoader,
} from './versions-and-reviews.loaders';

/** Case studies' DataLoaders, fresh for each request. */
const caseStudiesLoaders = (repos: {
  caseStudies: CaseStudiesRepository;
  directory: DirectoryRepository;
  files: FilesRepository;
}) => ({
  caseStudyById: caseStudyByIdLoader(repos.caseStudies),
  themesByCaseStudyId: themesByCaseStudyIdLoader(repos.caseStudies),
  partnersByCaseStudyId: partnersByCaseStudyIdLoader(repos.caseStudies),
  versionsByCaseStudyId: versionsByCaseStudyIdLoader(repos.caseStudies),
  reviewsByCaseStudyId: reviewsByCaseStudyIdLoader(repos.caseStudies),
  placeById: placeByIdLoader(repos.directory),
  filesByCaseStudyId: filesByCaseStudyIdLoader(repos.files),
});

type CaseStudiesLoaders = ReturnType<typeof caseStudiesLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the case-studies loaders to the bag
  interface RequestLoaders extends CaseStudiesLoaders {}
}

/** Contributes the case-studies loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
@LoadersContribution({ feature: 'case-studies' })
@Injectable()
export class CaseStudiesLoadersContribution implements LoadersContributor<
  keyof CaseStudiesLoaders
> {
  constructor(
    private readonly caseStudies: CaseStudiesRepository,
    private readonly directory: DirectoryRepository,
    private readonly files: FilesRepository,
  ) {}

  create(): CaseStudiesLoaders {
    return caseStudiesLoaders({
      caseStudies: this.caseStudies,
      directory: this.directory,
      files: this.files,
    });
  }
}
