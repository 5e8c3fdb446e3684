import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { beforeParam, FeedSource, followedIds } from '../../common/feed/feed-source';
import type { FeedItem, FeedQuery, FeedSourceProvider } from '../../common/feed/feed-source';
import { Audience } from '../../common/visibility/audience';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import { DirectoryRepository } from '../directory/directory.repository';

const uuid = (id: string) => isUUID(id, 'loose');
const label = (stage: string) => stage.charAt(0) + stage.slice(1).toLowerCase();

interface Row {
  item_id: string;
  verb: 'ADOPTION_DECLARED' | 'ADOPTION_STAGE_CHANGED';
  occurred_at: Date;
  actor_id: string | null;
  stage: string;
  adoption_id: string;
  case_study_id: string;
  organisation_id: string;
}

/**
 * Adoptions in the home feed: new adoptions and their stage changes, for
 * followers of the adopted case study (or its themes), the adopting ICS or
 * organisation. Adoptions are public; those of unpublished case studies never appear.
 */
@FeedSource({ source: 'adoptions', subjectTypes: ['CASE_STUDY', 'ICS', 'THEME', 'ORGANISATION'] })
@Injectable()
export class AdoptionsFeedSource implements FeedSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly caseStudies: CaseStudiesRepository,
  ) {}

  async items(query: FeedQuery): Promise<FeedItem[]> {
    const codes = followedIds(query.subjects, 'ICS');
    const [icss, themed] = await Promise.all([
      codes.length ? this.directory.findIcssByOdsCodes(codes) : [],
      this.caseStudies.publishedIdsWithThemes(followedIds(query.subjects, 'THEME')),
    ]);
    const rows: Row[] = await this.db.query(
      `WITH a AS (
         SELECT * FROM adoption a
          WHERE $1::boolean OR a.case_study_id = ANY($2::uuid[]) OR a.ics_id = ANY($3::uuid[])
             OR a.organisation_id = ANY($4::uuid[]))
       SELECT * FROM (
         SELECT 'a:' || a.id AS item_id, 'ADOPTION_DECLARED' AS verb, a.created_at AS occurred_at,
                a.declared_by_id AS actor_id, a.stage::text AS stage, a.id AS adoption_id, a.case_study_id, a.organisation_id
           FROM a WHERE a.created_at < $5
         UNION ALL
         SELECT 's:' || s.id, 'ADOPTION_STAGE_CHANGED', s.created_at, s.changed_by_id, s.stage::text, a.id, a.case_study_id, a.organisation_id
           FROM adoption_stage_change s JOIN a ON a.id = s.adoption_id
          WHERE s.created_at < $5 AND s.created_at > a.created_at + interval '1 second'
       ) x ORDER BY occurred_at DESC, item_id LIMIT $6`,
      [
        query.subjects === null,
        [...followedIds(query.subjects, 'CASE_STUDY', uuid), ...themed],
        icss.map((i) => i.id),
        followedIds(query.subjects, 'ORGANISATION', uuid),
        beforeParam(query.before),
        query.limit,
      ],
    );
    if (!rows.length) return [];
    const [studies, organisations] = await Promise.all([
      this.caseStudies.findByIds([...new Set(rows.map((r) => r.case_study_id))]),
      this.directory.findOrganisationsByIds([...new Set(rows.map((r) => r.organisation_id))]),
    ]);
    const study = new Map(studies.map((s) => [s.id, s]));
    const organisation = new Map(organisations.map((o) => [o.id, o.name]));
    return rows.flatMap((r) => {
      const cs = study.get(r.case_study_id);
      if (!cs || cs.status !== CaseStudyStatus.PUBLISHED) return [];
      const who = organisation.get(r.organisation_id) ?? 'An organisation';
      return [
        {
          id: r.item_id,
          verb: r.verb,
          summary:
            r.verb === 'ADOPTION_DECLARED'
              ? `${who} is adopting ${cs.title} (${label(r.stage)})`
              : `${who} moved its adoption of ${cs.title} to ${label(r.stage)}`,
          subject: {
            type: 'ADOPTION',
            id: r.adoption_id,
            title: `${cs.title}: ${who}`,
            url: `/adoptions/${r.adoption_id}`,
          },
          actorId: r.actor_id,
          occurredAt: new Date(r.occurred_at),
          audience: [Audience.anyone()],
        },
      ];
    });
  }
}
