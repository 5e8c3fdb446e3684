import { Role, ROLE_LABELS } from '@mic/shared-util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { changedDocuments, idsForUuids, labelsOf } from '../../common/search/search-paging';
import { SearchSource } from '../../common/search/search-source';
import type {
  SearchDocument,
  SearchDocumentPage,
  SearchSourceProvider,
} from '../../common/search/search-source';
import { Audience } from '../../common/visibility/audience';
import { DirectoryLookups } from '../directory/directory.lookups';
import { DirectoryRepository } from '../directory/directory.repository';

interface PersonSearchRow {
  id: string;
  name: string;
  organisation_id: string | null;
  verified: boolean;
  changed_at: Date;
  roles: { role: Role; icsId: string | null }[];
}

/**
 * A person changes with their row (name, membership verified, declined or
 * revoked: updated_at) and when a role is granted. A revoked role deletes
 * its row, so that change is signalled on save (and the sweep catches the
 * next one).
 */
const CHANGES_SQL = `SELECT u.id,
       greatest(u.updated_at, (SELECT max(r.created_at) FROM role_assignment r WHERE r.user_id = u.id)) AS changed_at
  FROM app_user u`;

/**
 * People in search: verified members only (anyone else: found by nobody),
 * by name, organisation, its ICSs and their roles. Never the email, nor
 * anything else from the account (no membership dates, no suspension).
 *
 * Found by verified members only (not by any signed-in account): anyone can
 * create an account with any address, so a list of NHS staff with their
 * organisations is kept to people whose own membership has been checked.
 */
@SearchSource({ type: 'PERSON', feature: 'users', label: 'People' })
@Injectable()
export class PeopleSearchSource implements SearchSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Members of a renamed organisation (their result shows its name). One statement. */
  async dependentIds(referenceType: string, referenceIds: readonly string[]): Promise<string[]> {
    if (referenceType !== 'ORGANISATION') return [];
    return idsForUuids(
      this.db,
      `SELECT id FROM app_user WHERE organisation_id = ANY($1::uuid[])`,
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

  /** Two statements whatever the number of ids. */
  async byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: PersonSearchRow[] = await this.db.query(
      `SELECT u.id, u.name, u.organisation_id,
              (u.membership_status = 'VERIFIED' AND u.verified_at IS NOT NULL AND u.organisation_id IS NOT NULL) AS verified,
              c.changed_at,
              coalesce((SELECT json_agg(json_build_object('role', r.role, 'icsId', r.ics_id) ORDER BY r.role, r.ics_id)
                          FROM role_assignment r WHERE r.user_id = u.id), '[]') AS roles
         FROM app_user u
         JOIN (${CHANGES_SQL}) c ON c.id = u.id
        WHERE u.id = ANY($1::uuid[])`,
      [wanted],
    );
    const verified = rows.filter((r) => r.verified);
    const lookups = new DirectoryLookups(
      verified.length
        ? await this.directory.searchLookups({
            organisationIds: verified.flatMap((r) =>
              r.organisation_id ? [r.organisation_id] : [],
            ),
            icsIds: verified.flatMap((r) => r.roles.flatMap((x) => (x.icsId ? [x.icsId] : []))),
          })
        : [],
    );
    return rows.map((r) => (r.verified ? toDocument(r, lookups) : hidden(r)));
  }
}

/** An unverified person: nothing of them, and nobody finds it. */
function hidden(r: PersonSearchRow): SearchDocument {
  return {
    type: 'PERSON',
    id: r.id,
    title: '',
    summary: null,
    body: '',
    url: `/people/${r.id}`,
    facets: {},
    updatedAt: r.changed_at,
    audience: [],
  };
}

function toDocument(r: PersonSearchRow, lookups: DirectoryLookups): SearchDocument {
  const organisation = lookups.organisation(r.organisation_id);
  const icss = lookups.organisationIcss(r.organisation_id);
  const roles = r.roles
    .filter((x) => x.role !== Role.MEMBER)
    .map((x) => {
      const ics = lookups.ics(x.icsId);
      return `${ROLE_LABELS[x.role] ?? x.role}${ics ? ` (${ics.label})` : ''}`;
    });
  const typeLabel = lookups.organisationType(organisation?.typeKey);
  return {
    type: 'PERSON',
    id: r.id,
    title: r.name,
    summary: [roles.join(', '), organisation?.name].filter(Boolean).join(', ') || null,
    body: [organisation?.name, icss.map((i) => i.label).join(', '), roles.join(', ')]
      .filter(Boolean)
      .join('\n'),
    url: `/people/${r.id}`,
    facets: {
      ics: icss.map((i) => i.code),
      organisationType: organisation ? [organisation.typeKey] : [],
    },
    facetLabels: {
      ics: labelsOf(icss.map((i) => [i.code, i.label] as const)),
      ...(organisation && typeLabel
        ? { organisationType: { [organisation.typeKey]: typeLabel } }
        : {}),
    },
    updatedAt: r.changed_at,
    audience: [Audience.verifiedMembers()],
  };
}
