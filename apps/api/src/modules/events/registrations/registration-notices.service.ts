import { Injectable } from '@nestjs/common';

import { appLogger } from '../../../common/logging/json-logger';
import { JobsService } from '../../jobs/jobs.service';
import { RegistrationStatus } from '../entities/registration.entity';
import { RegistrationChangeReason } from '../entities/registration-change.entity';
import type { EventEmailKind } from '../events.emails';
import { EventsRepository } from '../events.repository';
import { REGISTRATION_NOTICE_QUEUE } from '../jobs/event-queues';
import { RegistrationMailer } from './registration-mailer.service';
import { RegistrationsRepository } from './registrations.repository';

const NOTICE_SWEEP_GRACE_SECONDS = 120;
const NOTICE_SWEEP_LIMIT = 500;

/** The outbox keys (SQL LIKE) of a registration's first email, in any of its forms. */
function firstEmailPatterns(id: string): string[] {
  return [
    `event-confirmed:${id}:%`,
    `event-waitlisted:${id}`,
    `event-pending:${id}`,
    `event-offer:${id}:%`,
  ];
}

/** The first email for each new registration: queued after the commit, with a sweep as the backstop. */
@Injectable()
export class RegistrationNotices {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly mailer: RegistrationMailer,
    private readonly jobs: JobsService,
  ) {}

  /**
   * Queues the first email for a committed registration. Best effort: if this
   * fails (or the process dies first) the sweep job queues it a minute later,
   * so the registration is never lost and the email is never skipped.
   */
  async queue(registrationId: string): Promise<void> {
    try {
      // Coalesced: under a registration burst one INSERT carries many notices.
      await this.jobs.sendCoalesced(
        REGISTRATION_NOTICE_QUEUE,
        { registrationId },
        { singletonKey: registrationId },
      );
    } catch (error) {
      appLogger().write('warn', 'registration notice not queued; the sweep will queue it', {
        registrationId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * Cron backstop for queue: registrations from the last day, at least
   * NOTICE_SWEEP_GRACE old, still active, not created by a move (those get the
   * "moved" email), and without their first email in the outbox (asked of the
   * mail module, a batch at a time, oldest first, up to NOTICE_SWEEP_LIMIT).
   */
  async queueMissingNotices(): Promise<number> {
    const missing: string[] = [];
    for (let offset = 0; missing.length < NOTICE_SWEEP_LIMIT; offset += NOTICE_SWEEP_LIMIT) {
      const ids = await this.repo.findRecentRegistrationsNotMoved(
        NOTICE_SWEEP_GRACE_SECONDS,
        NOTICE_SWEEP_LIMIT,
        offset,
      );
      if (!ids.length) break;
      const queued = await this.mailer.queued(ids.flatMap(firstEmailPatterns));
      missing.push(...ids.filter((id) => !firstEmailPatterns(id).some((p) => queued.has(p))));
      if (ids.length < NOTICE_SWEEP_LIMIT) break;
    }
    const ids = missing.slice(0, NOTICE_SWEEP_LIMIT);
    for (const id of ids) await this.queue(id);
    if (ids.length)
      appLogger().write('info', 'registration notices queued by the sweep', { count: ids.length });
    return ids.length;
  }

  /**
   * Job handler: the first email for a new registration, describing the
   * registration as it is now (not as it was created: a delegate waitlisted
   * and then offered a place before this job ran gets the offer, never "you
   * are on the waiting list"). When a later change already queued the same
   * email, the idempotency key makes this a no-op. Cancelled or declined
   * registrations get no first notice.
   */
  async sendRegistrationNotice(registrationId: string): Promise<boolean> {
    const reg = await this.repo.findRegistration(registrationId);
    if (
      !reg ||
      reg.status === RegistrationStatus.CANCELLED ||
      reg.status === RegistrationStatus.DECLINED
    )
      return false;
    const first = (await this.repo.findChanges(reg.id))[0];
    // A registration created by a move gets the "moved" email instead.
    if (first?.reason === RegistrationChangeReason.MOVED) return false;
    const kind: EventEmailKind =
      reg.status === RegistrationStatus.CONFIRMED
        ? 'confirmed'
        : reg.status === RegistrationStatus.WAITLISTED
          ? 'waitlisted'
          : reg.status === RegistrationStatus.OFFERED
            ? 'offer'
            : 'pending';
    const event = await this.events.findEvent(reg.eventId);
    const to = (await this.mailer.recipients([reg.userId])).get(reg.userId);
    if (!event || !to) return false;
    await this.mailer.send(undefined, kind, event, reg, to);
    return true;
  }
}
