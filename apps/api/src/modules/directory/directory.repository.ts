import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { PageRequest } from '../../common/graphql/pagination';
import { IcsEntity } from './entities/ics.entity';
import { NetworkEntity } from './entities/network.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationIcsEntity } from './entities/organisation-ics.entity';
import { OrganisationPlaceEntity } from './entities/organisation-place.entity';
import { OrganisationTypeEntity } from './entities/organisation-type.entity';
import { PlaceEntity } from './entities/place.entity';
import { ThemeEntity } from './entities/theme.entity';

export interface OrganisationQuery {
  icsOdsCode?: string;
  /** Only organisations linked to one of these ICSs (an ICS admin's list); none when empty. */
  icsIds?: readonly string[];
  typeKey?: string;
  search?: string;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A readable name for a directory key (see DirectoryRepository.labels). */
export interface DirectoryLabel {
  key: string;
  label: string;
}

/** Keys to look up for search documents (see DirectoryRepository.searchLookups). */
export interface DirectoryLookupKeys {
  icsIds?: readonly string[];
  icsOdsCodes?: readonly string[];
  placeIds?: readonly string[];
  organisationIds?: readonly string[];
  themeKeys?: readonly string[];
  organisationTypeKeys?: readonly string[];
}

export interface DirectoryLookupRow {
  kind: 'ICS' | 'PLACE' | 'ORGANISATION' | 'ORGANISATION_ICS' | 'THEME' | 'ORGANISATION_TYPE';
  key: string;
  code: string;
  label: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** All SQL for the directory aggregate; no business rules. */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findAllIcss(): Promise<IcsEntity[]> {
    return this.db.getRepository(IcsEntity).find({ order: { name: 'ASC' } });
  }

  /** Whether an ICS exists with this id or ODS code (any text; nothing malformed reaches a uuid cast). */
  async icsExists(idOrOdsCode: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM ics WHERE id::text = $1 OR ods_code = $1',
      [idOrOdsCode],
    );
    return rows.length > 0;
  }

  findIcsByOdsCode(odsCode: string): Promise<IcsEntity | null> {
    return this.db.getRepository(IcsEntity).findOneBy({ odsCode });
  }

  findIcssByOdsCodes(codes: readonly string[]): Promise<IcsEntity[]> {
    return this.db.getRepository(IcsEntity).findBy({ odsCode: In([...codes]) });
  }

  /** Loader batch query: raw rows mapped by hand (on every list page; hydration was costly). */
  async findIcssByIds(ids: readonly string[]): Promise<IcsEntity[]> {
    const rows: {
      id: string;
      ods_code: string;
      name: string;
      short_name: string;
      sub_region: string;
      nhs_sites: number | null;
      population: number | null;
      population_source: string | null;
      map_hex_col: number | null;
      map_hex_row: number | null;
    }[] = await this.db.query(
      `SELECT id, ods_code, name, short_name, sub_region, nhs_sites, population, population_source,
              map_hex_col, map_hex_row
         FROM ics WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map((r) => ({
      id: r.id,
      odsCode: r.ods_code,
      name: r.name,
      shortName: r.short_name,
      subRegion: r.sub_region,
      nhsSites: r.nhs_sites,
      population: r.population,
      populationSource: r.population_source,
      mapHexCol: r.map_hex_col,
      mapHexRow: r.map_hex_row,
    }));
  }

  findPlacesByIcsIds(icsIds: readonly string[]): Promise<PlaceEntity[]> {
    return this.db
      .getRepository(PlaceEntity)
      .find({ where: { icsId: In([...icsIds]) }, order: { name: 'ASC' } });
  }

  findPlacesByIds(ids: readonly string[]): Promise<PlaceEntity[]> {
    return this.db.getRepository(PlaceEntity).findBy({ id: In([...ids]) });
  }

  findThemes(): Promise<ThemeEntity[]> {
    return this.db.getRepository(ThemeEntity).find({ order: { sortOrder: 'ASC', label: 'ASC' } });
  }

  findOrganisationTypes(): Promise<OrganisationTypeEntity[]> {
    return this.db
      .getRepository(OrganisationTypeEntity)
      .find({ order: { sortOrder: 'ASC', label: 'ASC' } });
  }

  findNetworks(): Promise<NetworkEntity[]> {
    return this.db.getRepository(NetworkEntity).find({ order: { name: 'ASC' } });
  }

  findOrganisationById(id: string): Promise<OrganisationEntity | null> {
    return this.db.getRepository(OrganisationEntity).findOneBy({ id });
  }

  /** Ids of the organisations that list this email domain (organisation sign-in matches on exactly one). */
  async organisationIdsWithEmailDomain(domain: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM organisation WHERE $1 = ANY(email_domains) ORDER BY id LIMIT 2`,
      [domain.toLowerCase()],
    );
    return rows.map((r) => r.id);
  }

  /** Loader batch query: raw rows mapped by hand (on every list page; hydration was costly). */
  async findOrganisationsByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    const rows: {
      id: string;
      name: string;
      type_key: string;
      website: string | null;
      description: string | null;
      source: string | null;
      email_domains: string[];
      created_at: Date;
      updated_at: Date;
    }[] = await this.db.query(
      `SELECT id, name, type_key, website, description, source, email_domains, created_at, updated_at
         FROM organisation WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      typeKey: r.type_key,
      website: r.website,
      description: r.description,
      source: r.source,
      emailDomains: r.email_domains,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  /**
   * Readable names for directory keys, for other modules' labels:
   * `ICS:<ods code>` → the ICS short name, `ORGANISATION_TYPE:<key>` → its
   * label, `ORGANISATION:<id>` → the organisation name. Unknown keys are left out.
   */
  labels(keys: readonly string[]): Promise<DirectoryLabel[]> {
    const after = (prefix: string) => [
      ...new Set(keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))),
    ];
    const codes = after('ICS:');
    const types = after('ORGANISATION_TYPE:');
    const organisations = after('ORGANISATION:');
    if (!codes.length && !types.length && !organisations.length) return Promise.resolve([]);
    return this.db.query(
      `SELECT 'ICS:' || ods_code AS key, short_name AS label FROM ics WHERE ods_code = ANY($1)
       UNION ALL
       SELECT 'ORGANISATION_TYPE:' || key, label FROM organisation_type WHERE key = ANY($2)
       UNION ALL
       SELECT 'ORGANISATION:' || id, name FROM organisation WHERE id = ANY($3::uuid[])`,
      [codes, types, organisations],
    );
  }

  /**
   * What search documents of other modules need from the directory, in one
   * statement whatever the number of keys: ICSs by id (or ODS code), places,
   * organisations (with their type and ICSs), themes and organisation types,
   * each as `kind`, `key`, `code` and `label` (organisations bring their type's label). Organisations also come back
   * as `ORGANISATION_ICS` rows (key: organisation id, code: ODS code, label:
   * ICS name).
   */
  searchLookups(keys: DirectoryLookupKeys): Promise<DirectoryLookupRow[]> {
    const list = (v?: readonly string[]) => [...new Set(v ?? [])];
    const uuids = (v?: readonly string[]) => list(v).filter((id) => UUID.test(id));
    return this.db.query(
      `SELECT 'ICS' AS kind, id::text AS key, ods_code AS code, name AS label
         FROM ics WHERE id = ANY($1::uuid[]) OR ods_code = ANY($2::text[])
       UNION ALL
       SELECT 'PLACE', id::text, id::text, name FROM place WHERE id = ANY($3::uuid[])
       UNION ALL
       SELECT 'ORGANISATION', o.id::text, o.type_key, o.name FROM organisation o WHERE o.id = ANY($4::uuid[])
       UNION ALL
       SELECT 'ORGANISATION_ICS', oi.organisation_id::text, i.ods_code, i.name
         FROM organisation_ics oi JOIN ics i ON i.id = oi.ics_id WHERE oi.organisation_id = ANY($4::uuid[])
       UNION ALL
       SELECT 'THEME', key, key, label FROM theme WHERE key = ANY($5::text[])
       UNION ALL
       SELECT 'ORGANISATION_TYPE', key, key, label FROM organisation_type
        WHERE key = ANY($6::text[]) OR key IN (SELECT type_key FROM organisation WHERE id = ANY($4::uuid[]))`,
      [
        uuids(keys.icsIds),
        list(keys.icsOdsCodes),
        uuids(keys.placeIds),
        uuids(keys.organisationIds),
        list(keys.themeKeys),
        list(keys.organisationTypeKeys),
      ],
    );
  }

  findOrganisationByName(name: string): Promise<OrganisationEntity | null> {
    return this.db
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name })
      .getOne();
  }

  /** One page (limit + 1 rows, to detect a next page) and the total, sorted by name. */
  /** Ids of the organisations of one type (e.g. for "popular with organisations like yours"). */
  async organisationIdsOfType(typeKey: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      'SELECT id FROM organisation WHERE type_key = $1',
      [typeKey],
    );
    return rows.map((r) => r.id);
  }

  async findOrganisationsPage(
    query: OrganisationQuery,
    page: PageRequest,
  ): Promise<[OrganisationEntity[], number]> {
    const qb = this.db.getRepository(OrganisationEntity).createQueryBuilder('o');
    if (query.icsOdsCode) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM organisation_ics oi JOIN ics i ON i.id = oi.ics_id
                 WHERE oi.organisation_id = o.id AND i.ods_code = :ods)`,
        { ods: query.icsOdsCode },
      );
    }
    if (query.icsIds) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM organisation_ics os WHERE os.organisation_id = o.id AND os.ics_id = ANY(:icsIds::uuid[]))',
        { icsIds: [...query.icsIds] },
      );
    }
    if (query.typeKey) qb.andWhere('o.type_key = :type', { type: query.typeKey });
    if (query.search?.trim()) {
      qb.andWhere(`o.name ILIKE :search ESCAPE '\\'`, {
        search: `%${escapeLike(query.search.trim())}%`,
      });
    }
    const total = await qb.getCount();
    const rows = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit + 1)
      .getMany();
    return [rows, total];
  }

  /** Ids of the organisations linked to any of these ICSs (one statement). */
  async organisationIdsInIcss(icsIds: readonly string[]): Promise<string[]> {
    if (!icsIds.length) return [];
    const rows: { id: string }[] = await this.db.query(
      'SELECT DISTINCT organisation_id AS id FROM organisation_ics WHERE ics_id = ANY($1::uuid[])',
      [[...icsIds]],
    );
    return rows.map((r) => r.id);
  }

  /** The ICSs this organisation is linked to (ids only). */
  async icsIdsOfOrganisation(organisationId: string): Promise<string[]> {
    const links = await this.db.getRepository(OrganisationIcsEntity).findBy({ organisationId });
    return links.map((l) => l.icsId);
  }

  findIcsLinks(organisationIds: readonly string[]): Promise<OrganisationIcsEntity[]> {
    return this.db
      .getRepository(OrganisationIcsEntity)
      .find({ where: { organisationId: In([...organisationIds]) }, relations: { ics: true } });
  }

  findPlaceLinks(organisationIds: readonly string[]): Promise<OrganisationPlaceEntity[]> {
    return this.db
      .getRepository(OrganisationPlaceEntity)
      .find({ where: { organisationId: In([...organisationIds]) }, relations: { place: true } });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async replaceOrganisationLinks(
    manager: EntityManager,
    organisationId: string,
    icsIds: string[] | undefined,
    placeIds: string[] | undefined,
  ): Promise<void> {
    if (icsIds) {
      await manager.delete(OrganisationIcsEntity, { organisationId });
      if (icsIds.length) {
        await manager.insert(
          OrganisationIcsEntity,
          icsIds.map((icsId) => ({ organisationId, icsId })),
        );
      }
    }
    if (placeIds) {
      await manager.delete(OrganisationPlaceEntity, { organisationId });
      if (placeIds.length) {
        await manager.insert(
          OrganisationPlaceEntity,
          placeIds.map((placeId) => ({ organisationId, placeId })),
        );
      }
    }
  }
}
