import { defineLoaders } from '../../../common/loaders/request-loaders';
import { DirectoryRepository } from '../directory.repository';
import {
  icsByIdLoader,
  icssByOrganisationIdLoader,
  organisationByIdLoader,
  organisationTypeByKeyLoader,
  placesByIcsIdLoader,
  placesByOrganisationIdLoader,
  themeByKeyLoader,
} from './directory.loaders';

/** Directory's DataLoaders, fresh for each request. */
const directoryLoaders = (repo: DirectoryRepository) => ({
  icsById: icsByIdLoader(repo),
  placesByIcsId: placesByIcsIdLoader(repo),
  organisationById: organisationByIdLoader(repo),
  icssByOrganisationId: icssByOrganisationIdLoader(repo),
  placesByOrganisationId: placesByOrganisationIdLoader(repo),
  organisationTypeByKey: organisationTypeByKeyLoader(repo),
  themeByKey: themeByKeyLoader(repo),
});

type DirectoryLoaders = ReturnType<typeof directoryLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the directory loaders to the bag
  interface RequestLoaders extends DirectoryLoaders {}
}

/** Contributes the directory loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const DirectoryLoadersContribution = defineLoaders(
  'directory',
  [DirectoryRepository],
  directoryLoaders,
);
