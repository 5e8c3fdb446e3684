import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationMergeEntity } from './entities/organisation-merge.entity';
import { OrganisationTypeEntity } from './entities/organisation-type.entity';
import { ThemeEntity } from './entities/theme.entity';

export type ReferenceKind = 'theme' | 'organisation_type';

/** SQL for the admin side of the directory: merges and reference data; no business rules. */
@Injectable()
export class OrganisationAdminRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  findOrganisation(
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<OrganisationEntity | null> {
    return manager.findOneBy(OrganisationEntity, { id });
  }

  async icsIdsOf(
    organisationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT ics_id FROM organisation_ics WHERE organisation_id = $1`,
      [organisationId],
    )) as { ics_id: string }[];
    return rows.map((r) => r.ics_id);
  }

  /** Locks both organisation rows (in id order, so two merges cannot deadlock); returns the ids found. */
  async lockOrganisations(manager: EntityManager, ids: string[]): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Where a merged organisation's id now points, or null. */
  async mergedInto(duplicateId: string): Promise<string | null> {
    const row = await this.db.manager.findOneBy(OrganisationMergeEntity, { duplicateId });
    return row?.survivorId ?? null;
  }

  async completeMerge(
    manager: EntityManager,
    merge: { survivorId: string; duplicateId: string; mergedById: string; emailDomains: string[] },
  ): Promise<void> {
    await manager.update(
      OrganisationEntity,
      { id: merge.survivorId },
      { emailDomains: merge.emailDomains },
    );
    await manager.insert(OrganisationMergeEntity, {
      duplicateId: merge.duplicateId,
      survivorId: merge.survivorId,
      mergedById: merge.mergedById,
    });
    await manager.delete(OrganisationEntity, { id: merge.duplicateId });
  }

  findReference(
    kind: ReferenceKind,
    key: string,
  ): Promise<ThemeEntity | OrganisationTypeEntity | null> {
    return kind === 'theme'
      ? this.db.manager.findOneBy(ThemeEntity, { key })
      : this.db.manager.findOneBy(OrganisationTypeEntity, { key });
  }

  /** Another entry of the kind with this label (case-insensitive), or null. */
  async labelTaken(kind: ReferenceKind, label: string, exceptKey: string): Promise<boolean> {
    const table = kind === 'theme' ? 'theme' : 'organisation_type';
    const rows = (await this.db.query(
      `SELECT 1 FROM ${table} WHERE lower(label) = lower($1) AND key <> $2 LIMIT 1`,
      [label.trim(), exceptKey],
    )) as unknown[];
    return rows.length > 0;
  }

  async saveReference(
    manager: EntityManager,
    kind: ReferenceKind,
    row: {
      key: string;
      label: string;
      description: string | null;
      retiredAt: Date | null;
      sortOrder?: number;
    },
  ): Promise<ThemeEntity | OrganisationTypeEntity> {
    const entity = kind === 'theme' ? ThemeEntity : OrganisationTypeEntity;
    if (row.sortOrder === undefined) {
      const [max] = (await manager.query(
        `SELECT coalesce(max(sort_order), 0)::int AS n FROM ${kind === 'theme' ? 'theme' : 'organisation_type'}`,
      )) as { n: number }[];
      row.sortOrder = max.n + 1;
    }
    await manager.save(entity, row);
    return manager.findOneByOrFail(entity, { key: row.key });
  }
}
