import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { FilesRepository } from '../../files/files.repository';
import type { StoredFileEntity } from '../../files/entities/stored-file.entity';
import type { ToolkitVersionEntity } from '../entities/toolkit-version.entity';
import type { ToolkitsRepository } from '../toolkits.repository';

/** All versions of each toolkit, newest first. */
export const versionsByToolkitIdLoader = (repo: ToolkitsRepository) =>
  new DataLoader<string, ToolkitVersionEntity[]>(async (ids) =>
    groupBy(ids, await repo.findVersionsByToolkitIds(ids), (v) => v.toolkitId),
  );

export const filesByVersionIdLoader = (repo: FilesRepository) =>
  new DataLoader<string, StoredFileEntity[]>(async (ids) =>
    groupBy(ids, await repo.findByOwnerIds('TOOLKIT_VERSION', ids), (f) => f.ownerId as string),
  );

export const versionByIdLoader = (repo: ToolkitsRepository) =>
  new DataLoader<string, ToolkitVersionEntity | null>(async (ids) =>
    byKey(ids, await repo.findVersionsByIds(ids), (v) => v.id),
  );
