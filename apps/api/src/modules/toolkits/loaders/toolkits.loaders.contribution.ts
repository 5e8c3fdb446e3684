import { defineLoaders } from '../../../common/loaders/request-loaders';
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
const toolkitsLoaders = (toolkits: ToolkitsRepository, files: FilesRepository) => ({
  versionsByToolkitId: versionsByToolkitIdLoader(toolkits),
  filesByVersionId: filesByVersionIdLoader(files),
  versionById: versionByIdLoader(toolkits),
  assessmentLinksByCaseStudyId: assessmentLinksByCaseStudyIdLoader(toolkits),
  assessmentLinksByAdoptionId: assessmentLinksByAdoptionIdLoader(toolkits),
});

type ToolkitsLoaders = ReturnType<typeof toolkitsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the toolkits loaders to the bag
  interface RequestLoaders extends ToolkitsLoaders {}
}

/** Contributes the toolkits loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const ToolkitsLoadersContribution = defineLoaders(
  'toolkits',
  [ToolkitsRepository, FilesRepository],
  toolkitsLoaders,
);
