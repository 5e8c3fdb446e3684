import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { JobsService } from '../../jobs/jobs.service';
import type { EventEntity } from '../entities/event.entity';
import { EventStatus } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { RegistrationStatus } from '../entities/registration.entity';
import { RegistrationChangeReason } from '../entities/registration-change.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { OPEN_POOL, allocatePlace } from '../events.policy';
import { EventsRepository } from '../events.repository';
import { OFFER_EXPIRY_QUEUE } from '../jobs/event-queues';
import { RegistrationMailer } from './registration-mailer.service';
import { RegistrationsRepository } from './registrations.repository';

const HOUR_MS = 3_600_000;

export type TransitionResult = { reg: RegistrationEntity; freed?: boolean; reason?: RegistrationChangeReason; unchanged?: boolean };

/**
 * The shared machinery of every change to a registration: each runs in one
 * transaction holding the event row lock (SELECT … FOR UPDATE), so concurrent
 * requests in any number of API processes are serialised per event and can
 * never oversell; the change is recorded in the history and freed places are
 * offered to the waiting list.
 */
@Injectable()
export class RegistrationTransitions {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly jobs: JobsService,
    private readonly mailer: RegistrationMailer,
  ) {}

  /** A registration and its event; NOT_FOUND when either is missing. */
  async load(registrationId: string): Promise<{ reg: RegistrationEntity; event: EventEntity }> {
    const reg = await this.repo.findRegistration(registrationId);
    if (!reg) throw new EventsException(EventsErrorCode.RegistrationNotFound);
    const event = await this.events.findEvent(reg.eventId);
    if (!event) throw new EventsException(EventsErrorCode.EventNotFound);
    return { reg, event };
  }

  /** Runs a status change under the event lock, records it, and backfills freed places. */
  async transition(
    registrationId: string,
    actorId: string | null,
    change: (manager: EntityManager, reg: RegistrationEntity, event: EventEntity) => Promise<TransitionResult>,
  ): Promise<RegistrationEntity> {
    return this.repo.transaction(async (manager) => {
      const before = await this.repo.findRegistration(registrationId, manager);
      if (!before) throw new EventsException(EventsErrorCode.RegistrationNotFound);
      const event = await this.events.lockEvent(manager, before.eventId);
      if (!event) throw new EventsException(EventsErrorCode.EventNotFound);
      // Re-read under the lock: another process may have changed it meanwhile.
      const reg = (await this.repo.findRegistration(registrationId, manager)) as RegistrationEntity;
      const result = await change(manager, reg, event);
      if (!result.unchanged && result.reg.status !== reg.status) {
        await this.repo.recordChange(manager, {
          registrationId: reg.id,
          fromStatus: reg.status,
          toStatus: result.reg.status,
          actorId,
          reason: result.reason ?? null,
        });
      }
      if (result.freed) await this.backfill(manager, event);
      return result.reg;
    });
  }

  /**
   * Offers free places to the waiting list in queue order, skipping people
   * whose quota and the open pool are both full. Call under the event lock.
   */
  async backfill(manager: EntityManager, event: EventEntity): Promise<number> {
    if (event.status !== EventStatus.PUBLISHED || event.startsAt <= new Date()) return 0;
    const waiting = await this.repo.findWaitlist(manager, event.id);
    if (!waiting.length) return 0;
    const quotas = await this.events.findQuotas(manager, event.id);
    const usage = await this.repo.placeUsage(manager, event.id);
    const offered: RegistrationEntity[] = [];
    for (const reg of waiting) {
      const profile = { icsOdsCodes: reg.icsOdsCode ? [reg.icsOdsCode] : [], organisationTypeKey: reg.organisationTypeKey };
      const slot = allocatePlace(event.capacity, quotas, usage, profile);
      if (slot === null) {
        let held = 0;
        for (const n of usage.values()) held += n;
        if (held >= event.capacity) break;
        continue;
      }
      usage.set(slot, (usage.get(slot) ?? 0) + 1);
      const expiresAt = new Date(Date.now() + event.offerHours * HOUR_MS);
      const next = await this.repo.updateRegistration(manager, reg.id, {
        status: RegistrationStatus.OFFERED,
        quotaId: slot === OPEN_POOL ? null : slot,
        offerExpiresAt: expiresAt,
        offerCount: reg.offerCount + 1,
      });
      await this.repo.recordChange(manager, { registrationId: reg.id, fromStatus: reg.status, toStatus: next.status, actorId: null, reason: RegistrationChangeReason.PLACE_FREED });
      await this.jobs.send(OFFER_EXPIRY_QUEUE, { registrationId: reg.id }, { manager, startAfter: expiresAt, singletonKey: `${reg.id}:${next.offerCount}` });
      offered.push(next);
    }
    await this.mailer.sendEach(manager, 'offer', event, offered);
    return offered.length;
  }
}
