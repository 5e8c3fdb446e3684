import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import { Clock } from '../../common/clock/clock';
import { appConfig } from '../../config/app.config';
import type { OutgoingMail } from '../mail/mail.service';
import { MailService } from '../mail/mail.service';
import { UsersRepository } from '../users/users.repository';
import { isoDate } from './commitment-schedule';
import type { OverdueCommitment } from './commitments.repository';
import { CommitmentsRepository } from './commitments.repository';

export const COMMITMENT_OVERDUE_QUEUE = 'commitments.overdue-reminders';

/** The email to a commitment's owner when its progress update is overdue. */
export function overdueEmail(
  c: OverdueCommitment,
  to: { email: string; name: string },
  webUrl: string,
): OutgoingMail {
  const name = c.title ?? (c.statement.length > 80 ? `${c.statement.slice(0, 77)}…` : c.statement);
  const url = `${webUrl}/commitments/${c.id}/update`;
  return {
    idempotencyKey: `commitment-overdue:${c.id}:${c.nextUpdateDue}`,
    to: to.email,
    subject: `Progress update overdue: ${name}`,
    text: [
      `Dear ${to.name},`,
      '',
      `A progress update on this commitment was due on ${c.nextUpdateDue}:`,
      '',
      `"${c.statement}"`,
      '',
      `Add an update (date, status, what happened and any evidence) at ${url}`,
      '',
      'You receive this because you own the commitment on the Midlands Improvement Commons.',
    ].join('\n'),
  };
}

/** Emails owners of overdue commitments: once per due date, however often or in parallel it runs. */
@Injectable()
export class CommitmentRemindersService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly users: UsersRepository,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** Claims and emails overdue commitments; returns how many emails were queued. */
  async sendOverdueReminders(): Promise<number> {
    const today = isoDate(this.clock.now());
    return this.repo.transaction(async (manager) => {
      const claimed = await this.repo.claimOverdue(manager, today);
      if (!claimed.length) return 0;
      const owners = new Map(
        (
          await this.users.contactsByIds(
            claimed.map((c) => c.ownerId),
            manager,
          )
        ).map((u) => [u.id, u]),
      );
      let queued = 0;
      for (const c of claimed) {
        const owner = owners.get(c.ownerId);
        if (!owner) continue;
        if (await this.mail.enqueue(overdueEmail(c, owner, this.app.webPublicUrl), manager))
          queued += 1;
      }
      return queued;
    });
  }
}
