import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { DirectoryRepository } from '../../directory/directory.repository';
import type { PlaceEntity } from '../../directory/entities/place.entity';
import type { ThemeEntity } from '../../directory/entities/theme.entity';
import type { StoredFileEntity } from '../../files/entities/stored-file.entity';
import type { FilesRepository } from '../../files/files.repository';
import type { CaseStudiesRepository } from '../case-studies.repository';
import type { CaseStudyEntity } from '../entities/case-study.entity';
import type { CaseStudyPartnerEntity } from '../entities/case-study-partner.entity';

export const caseStudyByIdLoader = (repo: CaseStudiesRepository) =>
  new DataLoader<string, CaseStudyEntity | null>(async (ids) =>
    byKey(ids, await repo.findByIds(ids), (row) => row.id),
  );

/** Each author's published or archived case studies, newest first (for their profile). */
export const visibleCaseStudiesByAuthorIdLoader = (repo: CaseStudiesRepository) =>
  new DataLoader<string, CaseStudyEntity[]>(async (ids) =>
    groupBy(ids, await repo.findVisibleByAuthorIds(ids), (row) => row.authorId ?? ''),
  );

/** Themes of each case study (one query, joined to the theme table), by sort order. */
export const themesByCaseStudyIdLoader = (repo: CaseStudiesRepository) =>
  new DataLoader<string, ThemeEntity[]>(async (ids) =>
    groupBy(ids, await repo.findThemes(ids), (row) => row.caseStudyId).map((links) =>
      links
        .map((link) => link.theme)
        .filter((t): t is ThemeEntity => !!t)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label)),
    ),
  );

export const partnersByCaseStudyIdLoader = (repo: CaseStudiesRepository) =>
  new DataLoader<string, CaseStudyPartnerEntity[]>(async (ids) =>
    groupBy(ids, await repo.findPartners(ids), (row) => row.caseStudyId),
  );

export const placeByIdLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, PlaceEntity | null>(async (ids) =>
    byKey(ids, await repo.findPlacesByIds(ids), (row) => row.id),
  );

/** Attached files of each case study (one query), oldest first. */
export const filesByCaseStudyIdLoader = (repo: FilesRepository) =>
  new DataLoader<string, StoredFileEntity[]>(async (ids) =>
    groupBy(ids, await repo.findByOwnerIds('CASE_STUDY', ids), (f) => f.ownerId as string),
  );
