import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

import { discoverContributions } from '../../common/contributions/discover-contributions';

/** What `@AuditTargetScope` is given: the target type whose ICSs the feature knows. */
export interface AuditTargetScopeOptions {
  targetType: string;
}

/**
 * A feature's answer to "which ICSs is this target in?" for one target type,
 * e.g. the users module for `user` (the ICSs of the person's organisation).
 * Entries about such a target then carry those ICSs in `ics_ids`, so the ICS
 * admins of the person's ICS can read them. Runs inside the caller's
 * transaction when there is one.
 */
export interface AuditTargetScopeSource {
  icsIdsOf(targetId: string, manager: EntityManager): Promise<readonly string[]>;
}

/**
 * Marks a provider (implementing `AuditTargetScopeSource`) as the scope of a
 * target type. Audit owns the concept and imports no feature.
 *
 *   @AuditTargetScope({ targetType: 'user' })
 *   @Injectable()
 *   export class UserAuditScope implements AuditTargetScopeSource { … }
 */
export const AuditTargetScope = DiscoveryService.createDecorator<AuditTargetScopeOptions>();

/** The target-scope sources, found on first use; two for one target type fail. */
@Injectable()
export class AuditTargetScopes {
  private sources: Map<string, AuditTargetScopeSource> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  /** The ICSs of the target, or none when no feature scopes its type. */
  async icsIdsOf(
    targetType: string,
    targetId: string,
    manager: EntityManager,
  ): Promise<readonly string[]> {
    const source = this.load().get(targetType);
    return source ? source.icsIdsOf(targetId, manager) : [];
  }

  private load(): Map<string, AuditTargetScopeSource> {
    if (this.sources) return this.sources;
    const sources = new Map<string, AuditTargetScopeSource>();
    for (const { meta, instance, name } of discoverContributions<
      AuditTargetScopeOptions,
      AuditTargetScopeSource
    >(this.discovery, AuditTargetScope)) {
      if (sources.has(meta.targetType)) {
        throw new Error(
          `${name}: the audit scope of target type "${meta.targetType}" is declared twice.`,
        );
      }
      sources.set(meta.targetType, instance);
    }
    this.sources = sources;
    return sources;
  }
}
