import DataLoader from 'dataloader';

import { groupBy } from '../../../common/loaders/loader-utils';
import type { CaseStudiesRepository } from '../case-studies.repository';
import type { CaseStudyReviewEntity } from '../entities/case-study-review.entity';
import type { CaseStudyVersionEntity } from '../entities/case-study-version.entity';

/** Version entries of each case study (one statement per batch), newest first. */
export const versionsByCaseStudyIdLoader = (repo: CaseStudiesRepository) =>
  new DataLoader<string, CaseStudyVersionEntity[]>(async (ids) =>
    groupBy(ids, await repo.findVersionsByCaseStudyIds(ids), (row) => row.caseStudyId),
  );

/** Peer-review decisions of each case study (one statement per batch), newest first. */
export const reviewsByCaseStudyIdLoader = (repo: CaseStudiesRepository) =>
  new DataLoader<string, CaseStudyReviewEntity[]>(async (ids) =>
    groupBy(ids, await repo.findReviewsByCaseStudyIds(ids), (row) => row.caseStudyId),
  );
