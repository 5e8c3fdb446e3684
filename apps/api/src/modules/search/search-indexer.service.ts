import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';

import { SearchIndexChanges } from '../../common/search/search-index-changes';
import { SearchSourceRegistry } from '../../common/search/search-source';
import type { RegisteredSearchSource } from '../../common/search/search-source';
import { JobsService } from '../jobs/jobs.service';
import { SEARCH_SWEEP_QUEUE, SEARCH_VOCABULARY_QUEUE } from './search.constants';
import { SearchRepository } from './search.repository';
import type { IndexableDocument } from './search.repository';

/** Documents read per page of a sweep, and pages per source per run (the rest waits for the next run). */
const SWEEP_PAGE = 500;
const SWEEP_PAGES_PER_RUN = 40;
/**
 * A finished pass starts the next one this long before the newest change it
 * saw, so a transaction that committed late with an earlier timestamp is
 * still read.
 */
const SWEEP_OVERLAP_MS = 5 * 60_000;

/**
 * Keeps `search_document` in step with every feature's `@SearchSource`:
 * at once when a feature signals a change (SearchIndexChanges), and by a
 * sweep every minute over each source's `changedSince` as the backstop. The
 * first sweep after a fresh install indexes everything.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly registry: SearchSourceRegistry,
    private readonly repo: SearchRepository,
    private readonly changes: SearchIndexChanges,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.changes.subscribe((type, ids) => this.reindex(type, ids));
    this.jobs.register(
      SEARCH_SWEEP_QUEUE,
      async () => {
        await this.sweep();
      },
      '* * * * *',
    );
    this.jobs.register(
      SEARCH_VOCABULARY_QUEUE,
      async () => {
        await this.repo.rebuildVocabulary();
      },
      '17 3 * * *',
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Index what changed while no process was running, without waiting for the minute.
    await this.jobs.send(SEARCH_SWEEP_QUEUE, {}, { singletonKey: 'boot', retryLimit: 1 });
  }

  /** Re-reads these documents from their source and writes (or removes) them. */
  async reindex(type: string, ids: readonly string[]): Promise<void> {
    const registered = this.registry.get(type);
    const dependents = this.registry.all().filter((s) => s.source.dependentIds);
    if (!registered && !dependents.length) {
      this.logger.warn(`No search source for ${type}; ignored ${ids.length} change(s).`);
      return;
    }
    if (registered) await this.write(registered, ids);
    // Documents that show this one's name (an organisation, a theme, an ICS) follow a rename.
    for (const other of dependents) {
      if (other.type === type) continue;
      const dependentIds = (await other.source.dependentIds?.(type, ids)) ?? [];
      if (dependentIds.length) await this.write(other, dependentIds);
    }
  }

  private async write(
    { type, source }: RegisteredSearchSource,
    ids: readonly string[],
  ): Promise<void> {
    const documents = (await source.byIds(ids)) as IndexableDocument[];
    const found = new Set(documents.map((d) => d.id));
    await this.repo.apply(
      type,
      documents,
      ids.filter((id) => !found.has(id)),
    );
  }

  /**
   * One run of the backstop: for each source, reads changes since its high
   * water mark, page by page, saving progress after every page (a crash
   * resumes where it stopped). Returns the documents read per type.
   */
  async sweep(): Promise<Record<string, number>> {
    const read: Record<string, number> = {};
    for (const registered of this.registry.all()) {
      try {
        read[registered.type] = await this.sweepSource(registered);
      } catch (error) {
        this.logger.warn(`Search sweep of ${registered.type} failed: ${(error as Error).message}`);
      }
    }
    return read;
  }

  /** Rebuilds the did-you-mean vocabulary now (also nightly). */
  rebuildVocabulary(): Promise<number> {
    return this.repo.rebuildVocabulary();
  }

  private async sweepSource({ type, source }: RegisteredSearchSource): Promise<number> {
    const state = (await this.repo.sourceState(type)) ?? {
      highWater: null,
      cursor: null,
      passSince: null,
    };
    const since = state.cursor ? state.passSince : state.highWater;
    let cursor = state.cursor;
    let newest = state.highWater;
    let read = 0;
    for (let page = 0; page < SWEEP_PAGES_PER_RUN; page += 1) {
      const { documents, next } = await source.changedSince(since, SWEEP_PAGE, cursor);
      await this.repo.apply(type, documents as IndexableDocument[], []);
      read += documents.length;
      for (const d of documents) if (!newest || d.updatedAt > newest) newest = d.updatedAt;
      cursor = next;
      if (!next) {
        const highWater = newest ? new Date(newest.getTime() - SWEEP_OVERLAP_MS) : null;
        await this.repo.saveSourceState(type, { highWater, cursor: null, passSince: null });
        return read;
      }
      await this.repo.saveSourceState(type, {
        highWater: state.highWater,
        cursor,
        passSince: since,
      });
    }
    return read;
  }
}
