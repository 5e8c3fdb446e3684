import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { byFeature, collectDeclarations } from '../../common/contributions/discover-contributions';
import type { Declared } from '../../common/contributions/discover-contributions';

/** One kind of entry a feature writes to the audit log. */
export interface AuditAction {
  /** Stored in `audit_log.action`, e.g. `role.granted`. Unique across features. */
  action: string;
  /** What `audit_log.target_type` is for this action, e.g. `user`. */
  targetType: string;
  /** What a reader of the log sees, e.g. "Role granted". */
  label: string;
}

/** What a feature passes to `@AuditActions`. */
export interface AuditActionsOptions {
  feature: string;
  actions: readonly AuditAction[];
}

/** A declared action with the feature that declared it. */
export type RegisteredAuditAction = Declared<AuditAction>;

/**
 * Marks a provider as a feature's declaration of the audit actions it
 * records. Audit owns the concept and imports no feature: each feature
 * declares its actions on a small class in its own folder and registers it as
 * a provider of its own module.
 *
 *   @AuditActions({ feature: 'directory', actions: [{ action: 'organisation.created', targetType: 'organisation', label: '…' }] })
 *   @Injectable()
 *   export class DirectoryAuditActions {}
 */
export const AuditActions = DiscoveryService.createDecorator<AuditActionsOptions>();

/** Every declared audit action, found at boot; an action declared twice fails the boot. */
@Injectable()
export class AuditActionRegistry implements OnModuleInit {
  private actions: Map<string, RegisteredAuditAction> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  get(action: string): RegisteredAuditAction | undefined {
    return this.load().get(action);
  }

  /** The declared action for this target type, or an error: nothing undeclared is recorded. */
  require(action: string, targetType: string): RegisteredAuditAction {
    const found = this.load().get(action);
    if (!found) {
      throw new Error(`Audit action "${action}" is not declared by any feature (@AuditActions).`);
    }
    if (found.targetType !== targetType) {
      throw new Error(
        `Audit action "${action}" is declared for target type "${found.targetType}", not "${targetType}".`,
      );
    }
    return found;
  }

  all(): RegisteredAuditAction[] {
    return [...this.load().values()];
  }

  /** The declared actions grouped by the feature that declared them. */
  byFeature(): Map<string, RegisteredAuditAction[]> {
    return byFeature(this.load().values());
  }

  private load(): Map<string, RegisteredAuditAction> {
    this.actions ??= collectDeclarations<AuditActionsOptions, AuditAction>(
      this.discovery,
      AuditActions,
      (meta) => meta.actions ?? [],
      (item) => item.action,
      'Audit action',
    );
    return this.actions;
  }
}
