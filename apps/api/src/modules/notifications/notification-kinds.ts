import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { byFeature, collectDeclarations } from '../../common/contributions/discover-contributions';
import type { Declared } from '../../common/contributions/discover-contributions';

/**
 * IMMEDIATE: emailed as soon as it is created (the kind is then also the
 * email kind a person can unsubscribe from); DIGEST: waits for the digest.
 */
export type NotificationDelivery = 'IMMEDIATE' | 'DIGEST';

/** One kind of in-app notification a feature creates. */
export interface NotificationKind {
  /** Stored in `notification.kind` and sent to clients, e.g. `MENTION`. Unique across features. */
  kind: string;
  delivery: NotificationDelivery;
  /** What a person sees when choosing what to hear about, e.g. "Someone mentioned you". */
  label: string;
}

/** What a feature passes to `@NotificationKinds`. */
export interface NotificationKindsOptions {
  feature: string;
  kinds: readonly NotificationKind[];
}

/** A declared kind with the feature that declared it. */
export type RegisteredNotificationKind = Declared<NotificationKind>;

/**
 * Marks a provider as a feature's declaration of the notification kinds it
 * creates. Notifications owns the concept and imports no feature: each
 * feature declares its kinds on a small class in its own folder and registers
 * it as a provider of its own module.
 *
 *   @NotificationKinds({ feature: 'toolkits', kinds: [{ kind: 'TOOLKIT_VERSION', delivery: 'DIGEST', label: '…' }] })
 *   @Injectable()
 *   export class ToolkitsNotificationKinds {}
 */
export const NotificationKinds = DiscoveryService.createDecorator<NotificationKindsOptions>();

/** Every declared notification kind, found at boot; a kind declared twice fails the boot. */
@Injectable()
export class NotificationKindRegistry implements OnModuleInit {
  private kinds: Map<string, RegisteredNotificationKind> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  get(kind: string): RegisteredNotificationKind | undefined {
    return this.load().get(kind);
  }

  /** The declared kind, or an error naming it: nothing undeclared is recorded. */
  require(kind: string): RegisteredNotificationKind {
    const found = this.load().get(kind);
    if (!found) {
      throw new Error(
        `Notification kind "${kind}" is not declared by any feature (@NotificationKinds).`,
      );
    }
    return found;
  }

  isImmediate(kind: string): boolean {
    return this.load().get(kind)?.delivery === 'IMMEDIATE';
  }

  all(): RegisteredNotificationKind[] {
    return [...this.load().values()];
  }

  /** The declared kinds grouped by the feature that declared them. */
  byFeature(): Map<string, RegisteredNotificationKind[]> {
    return byFeature(this.load().values());
  }

  private load(): Map<string, RegisteredNotificationKind> {
    this.kinds ??= collectDeclarations<NotificationKindsOptions, NotificationKind>(
      this.discovery,
      NotificationKinds,
      (meta) => meta.kinds ?? [],
      (item) => item.kind,
      'Notification kind',
    );
    return this.kinds;
  }
}
