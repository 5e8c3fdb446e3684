import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { byAskedId, DiscussionSubject } from '../discussions/subjects/discussion-subject';
import type {
  DiscussionSubjectInfo,
  DiscussionSubjectProvider,
} from '../discussions/subjects/discussion-subject';
import { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudyStatus } from './case-study.enums';

/**
 * Case studies as discussion subjects: published or archived ones (drafts are
 * private to their authors' organisation). The originator is the author and
 * verified members of the authoring organisation.
 */
@DiscussionSubject({ types: ['CASE_STUDY'] })
@Injectable()
export class CaseStudyDiscussionSubject implements DiscussionSubjectProvider {
  readonly ownersSql = `SELECT 'CASE_STUDY' AS subject_type, id::text AS subject_key, author_id AS owner_id,
       organisation_id AS owner_org FROM case_study`;

  readonly listingSql = `SELECT 'CASE_STUDY' AS subject_type, cs.id::text AS subject_key,
       CASE WHEN cs.ics_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[cs.ics_id] END AS ics_ids,
       '{}'::text[] AS ics_codes,
       ARRAY(SELECT th.theme_key::text FROM case_study_theme th WHERE th.case_study_id = cs.id) AS theme_keys
  FROM case_study cs WHERE cs.status IN ('${CaseStudyStatus.PUBLISHED}', '${CaseStudyStatus.ARCHIVED}')`;

  constructor(private readonly caseStudies: CaseStudiesRepository) {}

  async resolve(type: string, ids: readonly string[]): Promise<Map<string, DiscussionSubjectInfo>> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    const studies = wanted.length ? await this.caseStudies.findByIds(wanted) : [];
    const result = new Map<string, DiscussionSubjectInfo>();
    for (const study of studies) {
      if (study.status !== CaseStudyStatus.PUBLISHED && study.status !== CaseStudyStatus.ARCHIVED)
        continue;
      result.set(study.id, {
        type,
        id: study.id,
        title: study.title,
        link: `/case-studies/${study.slug}`,
        ownerUserIds: study.authorId ? [study.authorId] : [],
        ownerOrganisationId: study.organisationId,
        followTarget: { type: 'CASE_STUDY', id: study.id },
      });
    }
    return byAskedId(ids, result);
  }
}
