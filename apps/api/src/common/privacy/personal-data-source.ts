import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

import { discoverContributions } from '../contributions/discover-contributions';

/**
 * The personal-data contribution point (UK GDPR articles 15, 17 and 20).
 * Each module that keeps data about a person marks one provider with
 * `@PersonalDataSource` and lists the tables it answers for. The privacy
 * module builds exports and runs anonymisation through these sources only, so
 * it knows no feature; a test fails when a table that references a user has
 * no source.
 */

/** Who the data is about. `email` and `name` come from the identity source's `describe`. */
export interface PersonalDataSubject {
  userId: string;
  email: string | null;
  name: string | null;
}

/** One JSON file of an export, e.g. `comments.json`. */
export interface PersonalDataPart {
  file: string;
  data: unknown;
}

/** A file the person uploaded, streamed into the export under `uploads/`. */
export interface PersonalDataUpload {
  /** Name inside the ZIP (under `uploads/`), unique within the export. */
  name: string;
  open(): Readable;
}

/** What anonymising leaves to do once the transaction has committed (search updates, storage removal). */
export interface AnonymiseOutcome {
  afterCommit?: () => Promise<void>;
}

export interface PersonalDataSourceProvider {
  /** The name and email of the person (only the identity source knows them). */
  describe?(userId: string, manager: EntityManager): Promise<Partial<PersonalDataSubject>>;
  /** Their data in this module, as JSON files; nothing about anyone else. */
  exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]>;
  /** Files they uploaded (bytes in storage), if this module keeps any. */
  uploadsOf?(subject: PersonalDataSubject): Promise<PersonalDataUpload[]>;
  /**
   * Removes or anonymises their data, inside the caller's transaction. A
   * source that keeps only a read-only record (the audit log) does nothing.
   */
  anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<AnonymiseOutcome | void>;
}

export interface PersonalDataSourceOptions {
  /** The module that owns the tables. */
  feature: string;
  /** The tables it answers for (every table of the module that refers to a user). */
  tables: readonly string[];
  /** Runs after sources with a lower order (the identity source runs last). Default 0. */
  order?: number;
}

export const PersonalDataSource = DiscoveryService.createDecorator<PersonalDataSourceOptions>();

export interface RegisteredPersonalDataSource extends PersonalDataSourceOptions {
  source: PersonalDataSourceProvider;
  name: string;
}

/** The name shown in place of an anonymised person. */
export const FORMER_MEMBER = 'Former member';

/** Every module's personal-data source, found at boot. */
@Injectable()
export class PersonalDataSourceRegistry implements OnModuleInit {
  private sources: RegisteredPersonalDataSource[] | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.all();
  }

  all(): RegisteredPersonalDataSource[] {
    if (this.sources) return this.sources;
    const found: RegisteredPersonalDataSource[] = [];
    const tables = new Map<string, string>();
    for (const { meta, instance, name } of discoverContributions<
      PersonalDataSourceOptions,
      PersonalDataSourceProvider
    >(this.discovery, PersonalDataSource)) {
      if (typeof instance.exportFor !== 'function' || typeof instance.anonymise !== 'function') {
        throw new Error(`${name} is a @PersonalDataSource without exportFor() and anonymise().`);
      }
      for (const table of meta.tables) {
        const other = tables.get(table);
        if (other)
          throw new Error(`Table ${table} has two personal-data sources: ${other} and ${name}.`);
        tables.set(table, name);
      }
      found.push({ ...meta, source: instance, name });
    }
    this.sources = found.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return this.sources;
  }

  /** Every table some source answers for. */
  coveredTables(): Set<string> {
    return new Set(this.all().flatMap((s) => s.tables));
  }
}
