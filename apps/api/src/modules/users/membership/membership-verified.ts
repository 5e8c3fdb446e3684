import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

import { discoverContributions } from '../../../common/contributions/discover-contributions';

/**
 * Contribution point: what other features do when someone's membership of
 * an organisation becomes verified (e.g. follows makes them follow their
 * own ICS). Owned by users, which imports none of them: a feature marks a
 * provider `@OnMembershipVerified({ feature })` in its own module.
 */
export interface MembershipVerifiedEvent {
  userId: string;
  organisationId: string;
}

export interface MembershipVerifiedListener {
  /** Runs inside the verification's transaction; a failure rolls it back. Must be idempotent. */
  membershipVerified(manager: EntityManager, event: MembershipVerifiedEvent): Promise<void>;
}

export const OnMembershipVerified = DiscoveryService.createDecorator<{ feature: string }>();

/** Finds the listeners at boot and runs them, one after another, for each verification. */
@Injectable()
export class MembershipVerifiedHooks implements OnModuleInit {
  private listeners: { feature: string; listener: MembershipVerifiedListener }[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.listeners = discoverContributions<{ feature: string }, MembershipVerifiedListener>(
      this.discovery,
      OnMembershipVerified,
    ).map(({ meta, instance, name }) => {
      if (typeof instance.membershipVerified !== 'function') {
        throw new Error(`${name} is @OnMembershipVerified without membershipVerified().`);
      }
      return { feature: meta.feature, listener: instance };
    });
  }

  /** The features listening, for tests and diagnostics. */
  features(): string[] {
    return this.listeners.map((l) => l.feature);
  }

  async verified(manager: EntityManager, event: MembershipVerifiedEvent): Promise<void> {
    for (const { listener } of this.listeners) {
      await listener.membershipVerified(manager, event);
    }
  }
}
