import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { SsoConnectionDomainEntity, SsoConnectionEntity } from './entities/sso-connection.entity';

/** A connection with the domains it serves. */
export interface SsoConnectionRow extends SsoConnectionEntity {
  emailDomains: string[];
}

export type SsoConnectionValues = Pick<
  SsoConnectionEntity,
  'displayName' | 'issuer' | 'clientId' | 'clientSecretSealed' | 'verifiesMembership'
>;

/** Connections and their email domains (one connection per domain: the primary key). */
@Injectable()
export class SsoConnectionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async list(): Promise<SsoConnectionRow[]> {
    const connections = await this.db
      .getRepository(SsoConnectionEntity)
      .find({ order: { displayName: 'ASC', id: 'ASC' } });
    const domains = await this.db
      .getRepository(SsoConnectionDomainEntity)
      .find({ order: { domain: 'ASC' } });
    return connections.map((c) => ({
      ...c,
      emailDomains: domains.filter((d) => d.connectionId === c.id).map((d) => d.domain),
    }));
  }

  async findById(id: string, manager?: EntityManager): Promise<SsoConnectionRow | null> {
    const m = manager ?? this.db.manager;
    const connection = await m.getRepository(SsoConnectionEntity).findOneBy({ id });
    if (!connection) return null;
    const domains = await m
      .getRepository(SsoConnectionDomainEntity)
      .find({ where: { connectionId: id }, order: { domain: 'ASC' } });
    return { ...connection, emailDomains: domains.map((d) => d.domain) };
  }

  async findByDomain(domain: string): Promise<SsoConnectionRow | null> {
    const row = await this.db.getRepository(SsoConnectionDomainEntity).findOneBy({ domain });
    return row ? this.findById(row.connectionId) : null;
  }

  /** Domains of `domains` already served by a connection other than `exceptId`. */
  async takenDomains(
    manager: EntityManager,
    domains: readonly string[],
    exceptId: string | null,
  ): Promise<string[]> {
    if (!domains.length) return [];
    const rows: { domain: string }[] = await manager.query(
      `SELECT domain FROM sso_connection_domain
        WHERE domain = ANY($1::varchar[]) AND ($2::uuid IS NULL OR connection_id <> $2::uuid) FOR UPDATE`,
      [domains, exceptId],
    );
    return rows.map((r) => r.domain);
  }

  async insert(
    manager: EntityManager,
    values: SsoConnectionValues & { createdById: string },
  ): Promise<string> {
    const saved = await manager
      .getRepository(SsoConnectionEntity)
      .save(manager.create(SsoConnectionEntity, values));
    return saved.id;
  }

  async update(
    manager: EntityManager,
    id: string,
    values: Partial<SsoConnectionValues>,
  ): Promise<void> {
    if (Object.keys(values).length)
      await manager.getRepository(SsoConnectionEntity).update({ id }, values);
  }

  async replaceDomains(
    manager: EntityManager,
    id: string,
    domains: readonly string[],
  ): Promise<void> {
    await manager.delete(SsoConnectionDomainEntity, { connectionId: id });
    if (domains.length) {
      await manager.insert(
        SsoConnectionDomainEntity,
        domains.map((domain) => ({ domain, connectionId: id })),
      );
    }
  }

  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.delete(SsoConnectionEntity, { id });
    return (result.affected ?? 0) > 0;
  }
}
