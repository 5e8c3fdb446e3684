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
import { DirectoryLookups } from '../directory/directory.lookups';
import { DirectoryRepository } from '../directory/directory.repository';
import { caseStudyAudience } from './case-studies.policy';
import { CaseStudyStatus, EvidenceLevel } from './case-study.enums';

export const EVIDENCE_LEVEL_LABELS: Record<EvidenceLevel, string> = {
  [EvidenceLevel.ANECDOTAL]: 'Anecdotal',
  [EvidenceLevel.BEFORE_AFTER]: 'Before and after',
  [EvidenceLevel.COMPARATIVE]: 'Comparative',
  [EvidenceLevel.EVALUATED]: 'Independently evaluated',
};

interface CaseStudySearchRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  problem: string;
  aims: string;
  approach: string;
  core_components: string;
  adaptable_parts: string;
  resources_and_costs: string;
  key_learning: string;
  target_groups: string[];
  age_bands: string[];
  evidence_level: EvidenceLevel;
  status: CaseStudyStatus;
  organisation_id: string;
  ics_id: string | null;
  place_id: string | null;
  contact_name: string | null;
  contact_role: string | null;
  updated_at: Date;
  theme_keys: string[];
  partners: { name: string; role: string; organisationId: string | null }[];
}

/** Every case study with its last change; status changes (drafted, archived) bump updated_at too. */
const CHANGES_SQL = `SELECT id, updated_at AS changed_at FROM case_study`;

/**
 * Case studies in search: every text field of the template (never the
 * contact email or the reviewers' comments), partner names and roles, the
 * authoring organisation, place and ICS. Who finds one is who may view it
 * (`caseStudyAudience`): drafts only their editors.
 */
@SearchSource({ type: 'CASE_STUDY', feature: 'case-studies', label: 'Case studies' })
@Injectable()
export class CaseStudiesSearchSource implements SearchSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Case studies showing a renamed organisation (author or partner) or theme. One statement. */
  async dependentIds(referenceType: string, referenceIds: readonly string[]): Promise<string[]> {
    if (referenceType === 'ORGANISATION') {
      return idsForUuids(
        this.db,
        `SELECT cs.id FROM case_study cs WHERE cs.organisation_id = ANY($1::uuid[])
          UNION SELECT p.case_study_id FROM case_study_partner p WHERE p.organisation_id = ANY($1::uuid[])`,
        referenceIds,
      );
    }
    if (referenceType === 'THEME' && referenceIds.length) {
      const rows: { id: string }[] = await this.db.query(
        `SELECT DISTINCT case_study_id AS id FROM case_study_theme WHERE theme_key = ANY($1::text[])`,
        [[...referenceIds]],
      );
      return rows.map((r) => r.id);
    }
    return [];
  }

  changedSince(
    since: Date | null,
    limit: number,
    after?: string | null,
  ): Promise<SearchDocumentPage> {
    return changedDocuments(this.db, CHANGES_SQL, (ids) => this.byIds(ids), since, limit, after);
  }

  /** Two statements whatever the number of ids: the case studies, then the directory's names. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: CaseStudySearchRow[] = await this.db.query(
      `SELECT cs.id, cs.slug, cs.title, cs.summary, cs.problem, cs.aims, cs.approach,
              cs.core_components, cs.adaptable_parts, cs.resources_and_costs, cs.key_learning,
              cs.target_groups, cs.age_bands, cs.evidence_level, cs.status, cs.organisation_id,
              cs.ics_id, cs.place_id, cs.contact_name, cs.contact_role, cs.updated_at,
              coalesce((SELECT array_agg(ct.theme_key ORDER BY ct.theme_key)
                          FROM case_study_theme ct WHERE ct.case_study_id = cs.id), '{}') AS theme_keys,
              coalesce((SELECT json_agg(json_build_object('name', p.name, 'role', p.role,
                                                          'organisationId', p.organisation_id)
                                        ORDER BY p.sort_order)
                          FROM case_study_partner p WHERE p.case_study_id = cs.id), '[]') AS partners
         FROM case_study cs
        WHERE cs.id = ANY($1::uuid[])`,
      [wanted],
    );
    if (!rows.length) return [];
    const lookups = new DirectoryLookups(
      await this.directory.searchLookups({
        icsIds: rows.flatMap((r) => (r.ics_id ? [r.ics_id] : [])),
        placeIds: rows.flatMap((r) => (r.place_id ? [r.place_id] : [])),
        organisationIds: rows.flatMap((r) => [
          r.organisation_id,
          ...r.partners.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
        ]),
        themeKeys: rows.flatMap((r) => r.theme_keys),
      }),
    );
    return rows.map((r) => toDocument(r, lookups));
  }
}

function toDocument(r: CaseStudySearchRow, lookups: DirectoryLookups): SearchDocument {
  const ics = lookups.ics(r.ics_id);
  const themeLabels = r.theme_keys.map((key) => [key, lookups.theme(key)] as const);
  const partners = r.partners.map((p) =>
    [p.name, lookups.organisation(p.organisationId)?.name, p.role].filter(Boolean).join(', '),
  );
  const body = [
    searchText(
      r.problem,
      r.aims,
      r.approach,
      r.core_components,
      r.adaptable_parts,
      r.resources_and_costs,
      r.key_learning,
    ),
    partners.join('\n'),
    [lookups.organisation(r.organisation_id)?.name, lookups.place(r.place_id), ics?.label]
      .filter(Boolean)
      .join(', '),
    themeLabels.flatMap(([, label]) => (label ? [label] : [])).join(', '),
    [...r.target_groups, ...r.age_bands].join(', '),
    [r.contact_name, r.contact_role].filter(Boolean).join(', '),
  ]
    .filter(Boolean)
    .join('\n');
  return {
    type: 'CASE_STUDY',
    id: r.id,
    title: r.title,
    summary: searchText(r.summary) || null,
    body,
    url: `/case-studies/${r.slug}`,
    facets: {
      ics: ics ? [ics.code] : [],
      theme: r.theme_keys,
      evidenceLevel: [r.evidence_level],
    },
    facetLabels: {
      ics: labelsOf(ics ? [[ics.code, ics.label]] : []),
      theme: labelsOf(themeLabels),
      evidenceLevel: labelsOf([[r.evidence_level, EVIDENCE_LEVEL_LABELS[r.evidence_level]]]),
    },
    updatedAt: r.updated_at,
    audience: caseStudyAudience({
      organisationId: r.organisation_id,
      icsId: r.ics_id,
      status: r.status,
    }),
  };
}
