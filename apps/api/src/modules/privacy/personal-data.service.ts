import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { PersonalDataSourceRegistry } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSubject,
  PersonalDataUpload,
} from '../../common/privacy/personal-data-source';
import { PrivacyRepository } from './privacy.repository';

/**
 * A person's data across every module, through the `@PersonalDataSource`
 * contributions only: this module names no feature and no feature's table.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly registry: PersonalDataSourceRegistry,
    private readonly repo: PrivacyRepository,
  ) {}

  /** Who the person is (name and email from the identity source). */
  async subject(userId: string, manager?: EntityManager): Promise<PersonalDataSubject> {
    const subject: PersonalDataSubject = { userId, email: null, name: null };
    for (const { source } of this.registry.all()) {
      if (!source.describe) continue;
      const found = await (manager
        ? source.describe(userId, manager)
        : this.repo.transaction((m) => source.describe!(userId, m)));
      subject.email ??= found.email ?? null;
      subject.name ??= found.name ?? null;
    }
    return subject;
  }

  /** The export's JSON files, one source after another; `progress` gets 0–1. */
  async parts(
    subject: PersonalDataSubject,
    progress: (done: number) => Promise<void>,
  ): Promise<{ parts: PersonalDataPart[]; uploads: PersonalDataUpload[] }> {
    const sources = this.registry.all();
    const parts: PersonalDataPart[] = [];
    const uploads: PersonalDataUpload[] = [];
    let done = 0;
    for (const { source } of sources) {
      parts.push(...(await source.exportFor(subject)));
      if (source.uploadsOf) uploads.push(...(await source.uploadsOf(subject)));
      done += 1;
      await progress(done / sources.length);
    }
    return { parts, uploads };
  }

  /**
   * Anonymises the person in every module, in one transaction: either all of
   * it happens or none. Work a source leaves for after the commit (removing
   * stored bytes, updating the search index) runs once it has committed.
   */
  async anonymise(
    userId: string,
    withinTransaction: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    const afterCommit: (() => Promise<void>)[] = [];
    await this.repo.transaction(async (manager) => {
      const subject = await this.subject(userId, manager);
      for (const { source } of this.registry.all()) {
        const outcome = await source.anonymise(subject, manager);
        if (outcome?.afterCommit) afterCommit.push(outcome.afterCommit);
      }
      await withinTransaction(manager);
    });
    for (const step of afterCommit) await step();
  }
}
