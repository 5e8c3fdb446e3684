import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { FilesRepository } from '../../files/files.repository';
import type { StoredFileEntity } from '../../files/entities/stored-file.entity';
import type { ToolkitVersionEntity } from '../entities/toolkit-version.entity';
import type { AssessmentLinkRow, ToolkitsRepository } from '../toolkits.repository';

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

/** Assessments attached to each case study (one query). */
export const assessmentLinksByCaseStudyIdLoader = (repo: ToolkitsRepository) =>
  new DataLoader<string, AssessmentLinkRow[]>(async (ids) =>
    groupBy(ids, await repo.findAssessmentLinks('case_study_id', ids), (l) => l.targetId),
  );

/** Assessments attached to each adoption (one query). */
export const assessmentLinksByAdoptionIdLoader = (repo: ToolkitsRepository) =>
  new DataLoader<string, AssessmentLinkRow[]>(async (ids) =>
    groupBy(ids, await repo.findAssessmentLinks('adoption_id', ids), (l) => l.targetId),
  );
