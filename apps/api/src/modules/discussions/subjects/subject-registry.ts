import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { ThreadSubjectType } from '../discussions.constants';
import { DiscussionSubject } from './discussion-subject';
import type { DiscussionSubjectInfo, DiscussionSubjectProvider } from './discussion-subject';

/** What discussions need to know about a thread's subject. */
export interface ThreadSubject extends DiscussionSubjectInfo {
  type: ThreadSubjectType;
}

/**
 * Finds every `@DiscussionSubject` provider at boot (each feature contributes
 * its own, see discussion-subject.ts) and answers for them. A subject that
 * does not exist or is not visible to members resolves to null (refused as
 * BAD_USER_INPUT by the caller).
 */
@Injectable()
export class SubjectRegistry implements OnModuleInit {
  private readonly providers = new Map<string, DiscussionSubjectProvider>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: DiscussionSubject.KEY })) {
      const meta = this.discovery.getMetadataByDecorator(DiscussionSubject, wrapper);
      if (!meta || !wrapper.instance) continue;
      for (const type of meta.types) {
        if (this.providers.has(type)) {
          throw new Error(`Two discussion-subject providers claim ${type} (${wrapper.name}).`);
        }
        this.providers.set(type, wrapper.instance as DiscussionSubjectProvider);
      }
    }
  }

  /** The subject types some module contributed. */
  types(): string[] {
    return [...this.providers.keys()];
  }

  supports(type: ThreadSubjectType): boolean {
    return this.providers.has(type);
  }

  /** null when the type is not available or the subject does not exist (or is not visible to members). */
  async resolve(
    type: ThreadSubjectType,
    id: string | null | undefined,
  ): Promise<ThreadSubject | null> {
    const key = type === ThreadSubjectType.GENERAL ? 'general' : (id ?? '');
    return (await this.resolveMany(type, [key])).get(key) ?? null;
  }

  /** Several subjects of one type, through one call to its provider (keyed by the id asked for). */
  async resolveMany(
    type: ThreadSubjectType,
    ids: readonly string[],
  ): Promise<Map<string, ThreadSubject>> {
    const provider = this.providers.get(type);
    if (!provider || !ids.length) return new Map();
    return (await provider.resolve(type, [...new Set(ids)])) as Map<string, ThreadSubject>;
  }

  /**
   * The owners read model of every provider that offers one, as one SQL
   * subquery (`subject_type, subject_key, owner_id, owner_org`); null when none does.
   */
  ownersSql(): string | null {
    const parts = [...new Set(this.providers.values())]
      .map((p) => p.ownersSql)
      .filter((sql): sql is string => !!sql);
    return parts.length ? parts.map((sql) => `(${sql})`).join(' UNION ALL ') : null;
  }

  /**
   * The listing read model (`subject_type, subject_key, ics_ids, ics_codes,
   * theme_keys`) of every provider that offers one, as one SQL subquery, and the
   * subject types it covers (threads of other types are always listed).
   */
  listing(): { sql: string | null; types: string[] } {
    const types: string[] = [];
    const parts = new Set<string>();
    for (const [type, provider] of this.providers) {
      if (!provider.listingSql) continue;
      types.push(type);
      parts.add(provider.listingSql);
    }
    return {
      sql: parts.size ? [...parts].map((sql) => `(${sql})`).join(' UNION ALL ') : null,
      types,
    };
  }
}
