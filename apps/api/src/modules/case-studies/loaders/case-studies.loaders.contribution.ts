import { defineLoaders } from '../../../common/loaders/request-loaders';
import { DirectoryRepository } from '../../directory/directory.repository';
import { FilesRepository } from '../../files/files.repository';
import { CaseStudiesRepository } from '../case-studies.repository';
import {
  caseStudyByIdLoader,
  filesByCaseStudyIdLoader,
  partnersByCaseStudyIdLoader,
  placeByIdLoader,
  themesByCaseStudyIdLoader,
  visibleCaseStudiesByAuthorIdLoader,
} from './case-studies.loaders';
import {
  reviewsByCaseStudyIdLoader,
  versionsByCaseStudyIdLoader,
} from './versions-and-reviews.loaders';

/** Case studies' DataLoaders, fresh for each request. */
const caseStudiesLoaders = (
  caseStudies: CaseStudiesRepository,
  directory: DirectoryRepository,
  files: FilesRepository,
) => ({
  caseStudyById: caseStudyByIdLoader(caseStudies),
  visibleCaseStudiesByAuthorId: visibleCaseStudiesByAuthorIdLoader(caseStudies),
  themesByCaseStudyId: themesByCaseStudyIdLoader(caseStudies),
  partnersByCaseStudyId: partnersByCaseStudyIdLoader(caseStudies),
  versionsByCaseStudyId: versionsByCaseStudyIdLoader(caseStudies),
  reviewsByCaseStudyId: reviewsByCaseStudyIdLoader(caseStudies),
  placeById: placeByIdLoader(directory),
  filesByCaseStudyId: filesByCaseStudyIdLoader(files),
});

type CaseStudiesLoaders = ReturnType<typeof caseStudiesLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the case-studies loaders to the bag
  interface RequestLoaders extends CaseStudiesLoaders {}
}

/** Contributes the case-studies loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const CaseStudiesLoadersContribution = defineLoaders(
  'case-studies',
  [CaseStudiesRepository, DirectoryRepository, FilesRepository],
  caseStudiesLoaders,
);
