import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';

import { appConfig } from '../../../config/app.config';
import { MailService } from '../../mail/mail.service';
import type { OutgoingMail } from '../../mail/mail.service';
import { UsersRepository } from '../../users/users.repository';
import type { EventEntity } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { RegistrationStatus } from '../entities/registration.entity';
import type { EventEmailKind } from '../events.emails';
import { registrationEmail } from '../events.emails';
import { RegistrationsRepository } from './registrations.repository';

export type Recipient = { email: string; name: string };

/**
 * Registration emails into the outbox: who to write to (asked of the users
 * module) and what the email says (events.emails). Pass the transaction's
 * manager when holding an event lock, so the email commits with the change.
 */
@Injectable()
export class RegistrationMailer {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly users: UsersRepository,
    private readonly mail: MailService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** Email address and name of each user, by id. */
  async recipients(ids: string[], manager?: EntityManager): Promise<Map<string, Recipient>> {
    if (!ids.length) return new Map();
    const rows = await this.users.contactsByIds(ids, manager);
    return new Map(rows.map((r) => [r.id, { email: r.email, name: r.name }]));
  }

  /** The registrant's email about their registration as it is now (with their live queue place when waiting). */
  async emailUser(manager: EntityManager, kind: EventEmailKind, event: EventEntity, reg: RegistrationEntity): Promise<void> {
    const to = (await this.recipients([reg.userId], manager)).get(reg.userId);
    if (to) await this.send(manager, kind, event, reg, to);
  }

  /** One registration email; `manager` undefined queues it outside any transaction. */
  async send(
    manager: EntityManager | undefined,
    kind: EventEmailKind,
    event: EventEntity,
    reg: RegistrationEntity,
    to: Recipient,
    movedFrom?: { event: EventEntity; wasConfirmed: boolean },
  ): Promise<void> {
    const place = await this.livePlace(manager ?? this.repo.manager, reg);
    await this.mail.enqueue(registrationEmail(kind, event, reg, to, this.app.webPublicUrl, movedFrom, place), manager);
  }

  /** The same email to each registration's person (no queue place: event-wide news, offers). */
  async sendEach(manager: EntityManager, kind: EventEmailKind, event: EventEntity, regs: RegistrationEntity[]): Promise<void> {
    const users = await this.recipients(regs.map((r) => r.userId), manager);
    for (const reg of regs) {
      const to = users.get(reg.userId);
      if (to) await this.mail.enqueue(registrationEmail(kind, event, reg, to, this.app.webPublicUrl), manager);
    }
  }

  /** Any other email to a registrant (e.g. the organiser's message); null when its key was queued before. */
  enqueue(mail: OutgoingMail, manager?: EntityManager): Promise<string | null> {
    return this.mail.enqueue(mail, manager);
  }

  /** The public web address, for links in emails. */
  get webUrl(): string {
    return this.app.webPublicUrl;
  }

  /** Which idempotency-key patterns already have a message in the outbox. */
  queued(patterns: string[]): Promise<Set<string>> {
    return this.mail.queuedKeys(patterns);
  }

  /** A waiting registration's place in the queue now (for emails); null when not waiting. */
  private async livePlace(manager: EntityManager, reg: RegistrationEntity): Promise<number | null> {
    if (reg.status !== RegistrationStatus.WAITLISTED) return null;
    return (await this.repo.waitlistPlaces([reg.id], manager))[0]?.place ?? null;
  }
}
