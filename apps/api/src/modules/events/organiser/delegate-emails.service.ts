import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { markdownToText, renderMarkdown } from '../../../common/markdown/render-markdown';
import { RegistrationStatus } from '../entities/registration.entity';
import { EventsService } from '../events.service';
import type { EmailDelegatesInput } from '../graphql/registration.input';
import { RegistrationMailer } from '../registrations/registration-mailer.service';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { DelegatesReader } from './delegates.reader';

/** The organiser's email to a filtered set of delegates. */
@Injectable()
export class DelegateEmailsService {
  constructor(
    private readonly events: EventsService,
    private readonly reader: DelegatesReader,
    private readonly registrations: RegistrationsRepository,
    private readonly mailer: RegistrationMailer,
  ) {}

  /** Emails the matching delegates; returns how many emails were queued. */
  async emailDelegates(user: AuthUser, input: EmailDelegatesInput): Promise<number> {
    const event = await this.events.managedEvent(user, input.eventId);
    const filter = { status: RegistrationStatus.CONFIRMED, ...(input.filter ?? {}) };
    const [rows] = await this.reader.findDelegates(event.id, filter);
    const text = markdownToText(input.body);
    const html = renderMarkdown(input.body);
    let queued = 0;
    await this.registrations.transaction(async (manager) => {
      for (const row of rows) {
        const id = await this.mailer.enqueue(
          {
            idempotencyKey: `event-bulk:${event.id}:${input.idempotencyKey}:${row.registration.id}`,
            to: row.email,
            subject: `${input.subject} (${event.title})`.slice(0, 300),
            text: `Dear ${row.name},\n\n${text}\n\n${this.mailer.webUrl}/events/${event.id}`,
            html,
          },
          manager,
        );
        if (id) queued += 1;
      }
    });
    return queued;
  }
}
