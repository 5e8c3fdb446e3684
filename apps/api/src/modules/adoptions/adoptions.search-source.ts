import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import {
  changedDocuments,
  idsForUuids,
  labelsOf,
  searchText,
} from '../../common/search/search-paging';
import { SearchSource } from '../../common/search/search-source';
import type {
  SearchDocument,
  SearchDocumentPage,
  SearchSourceProvider,
} from '../../common/search/search-source';
import { caseStudyAudience } from '../case-studies/case-studies.policy';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { DirectoryLookups } from '../directory/directory.lookups';
import { DirectoryRepository } from '../directory/directory.repository';
import { AdoptionStage } from './adoption.enums';

export const ADOPTION_STAGE_LABELS: Record<AdoptionStage, string> = {
  [AdoptionStage.EXPLORING]: 'Exploring',
  [AdoptionStage.PLANNING]: 'Planning',
  [AdoptionStage.PILOTING]: 'Piloting',
  [AdoptionStage.EMBEDDED]: 'Embedded',
  [AdoptionStage.SUSTAINED]: 'Sustained',
  [AdoptionStage.STOPPED]: 'Stopped',
};

const DECISION_TEXT: Record<string, string> = {
  KEPT: 'kept',
  ADAPTED: 'adapted',
  DROPPED: 'dropped',
};

interface AdoptionSearchRow {
  id: string;
  case_study_id: string;
  organisation_id: string;
  ics_id: string | null;
  stage: AdoptionStage;
  stopped_reason: string | null;
  barriers: string[];
  enablers: string[];
  readiness_notes: string[];
  changed_at: Date;
  adaptations: { component: string; decision: string; detail: string }[];
  stage_reasons: string[];
}

/**
 * An adoption changes with its row (stage, readiness, barriers) and when an
 * adaptation log entry or a stage change is added (only the child row may be
 * written then).
 */
const CHANGES_SQL = `SELECT a.id,
       greatest(a.updated_at,
                (SELECT max(x.created_at) FROM adoption_adaptation x WHERE x.adoption_id = a.id),
                (SELECT max(s.created_at) FROM adoption_stage_change s WHERE s.adoption_id = a.id)) AS changed_at
  FROM adoption a`;

/**
 * Adoptions in search: the adopting organisation and case study, the stage,
 * barriers, enablers, readiness notes and the adaptation log (what was kept,
 * adapted or dropped, and why); never the contacts. Who finds one is who may
 * see it today (AdoptionsService.byId): whoever may view its case study.
 */
@SearchSource({ type: 'ADOPTION', feature: 'adoptions', label: 'Adoptions' })
@Injectable()
export class AdoptionsSearchSource implements SearchSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Adoptions by a renamed organisation. One statement. */
  async dependentIds(referenceType: string, referenceIds: readonly string[]): Promise<string[]> {
    if (referenceType !== 'ORGANISATION') return [];
    return idsForUuids(
      this.db,
      `SELECT id FROM adoption WHERE organisation_id = ANY($1::uuid[])`,
      referenceIds,
    );
  }

  changedSince(
    since: Date | null,
    limit: number,
    after?: string | null,
  ): Promise<SearchDocumentPage> {
    return changedDocuments(this.db, CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  /** Four statements whatever the number of ids: adoptions, their case studies, those's themes, directory names. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: AdoptionSearchRow[] = await this.db.query(
      `SELECT a.id, a.case_study_id, a.organisation_id, a.ics_id, a.stage, a.stopped_reason,
              a.barriers, a.enablers,
              coalesce((SELECT array_agg(r->>'note') FROM jsonb_array_elements(a.readiness) r
                         WHERE coalesce(r->>'note', '') <> ''), '{}') AS readiness_notes,
              c.changed_at,
              coalesce((SELECT json_agg(json_build_object('component', x.component, 'decision', x.decision,
                                                          'detail', x.detail) ORDER BY x.created_at, x.id)
                          FROM adoption_adaptation x WHERE x.adoption_id = a.id), '[]') AS adaptations,
              coalesce((SELECT array_agg(s.reason ORDER BY s.created_at) FROM adoption_stage_change s
                         WHERE s.adoption_id = a.id AND coalesce(s.reason, '') <> ''), '{}') AS stage_reasons
         FROM adoption a
         JOIN (${CHANGES_SQL}) c ON c.id = a.id
        WHERE a.id = ANY($1::uuid[])`,
      [wanted],
    );
    if (!rows.length) return [];
    const studyIds = [...new Set(rows.map((r) => r.case_study_id))];
    const [studies, themes] = await Promise.all([
      this.caseStudies.findByIds(studyIds),
      this.caseStudies.findThemes(studyIds),
    ]);
    const lookups = new DirectoryLookups(
      await this.directory.searchLookups({
        icsIds: rows.flatMap((r) => (r.ics_id ? [r.ics_id] : [])),
        organisationIds: rows.map((r) => r.organisation_id),
      }),
    );
    const studyById = new Map(studies.map((s) => [s.id, s]));
    const themesByStudy = new Map<string, { key: string; label: string }[]>();
    for (const t of themes) {
      const list = themesByStudy.get(t.caseStudyId) ?? [];
      list.push({ key: t.themeKey, label: t.theme?.label ?? t.themeKey });
      themesByStudy.set(t.caseStudyId, list);
    }
    return rows.map((r) => {
      const study = studyById.get(r.case_study_id);
      const adopter = lookups.organisation(r.organisation_id)?.name ?? 'An organisation';
      const ics = lookups.ics(r.ics_id);
      const studyThemes = themesByStudy.get(r.case_study_id) ?? [];
      const stage = ADOPTION_STAGE_LABELS[r.stage] ?? r.stage;
      return {
        type: 'ADOPTION',
        id: r.id,
        title: `${adopter} adopting ${study?.title ?? 'a case study'}`,
        summary: `${stage}${ics ? ` in ${ics.label}` : ''}.${study ? ` ${searchText(study.summary)}` : ''}`,
        body: [
          r.stopped_reason ?? '',
          r.barriers.length ? `Barriers: ${r.barriers.join('; ')}` : '',
          r.enablers.length ? `Enablers: ${r.enablers.join('; ')}` : '',
          r.readiness_notes.join('\n'),
          ...r.adaptations.map(
            (a) =>
              `${a.component} (${DECISION_TEXT[a.decision] ?? a.decision}): ${searchText(a.detail)}`,
          ),
          r.stage_reasons.join('\n'),
          studyThemes.map((t) => t.label).join(', '),
        ]
          .filter(Boolean)
          .join('\n'),
        url: `/adoptions/${r.id}`,
        facets: {
          ics: ics ? [ics.code] : [],
          theme: studyThemes.map((t) => t.key),
          adoptionStage: [r.stage],
        },
        facetLabels: {
          ics: labelsOf(ics ? [[ics.code, ics.label]] : []),
          theme: labelsOf(studyThemes.map((t) => [t.key, t.label] as const)),
          adoptionStage: labelsOf([[r.stage, stage]]),
        },
        updatedAt: r.changed_at,
        // Adoptions are of published case studies, so public unless the case study is gone or hidden.
        audience: study
          ? caseStudyAudience({
              organisationId: study.organisationId,
              icsId: study.icsId,
              status: study.status,
            })
          : [],
      };
    });
  }
}
