import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';

import { appConfig } from '../../config/app.config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import type { NotificationEntity } from '../notifications/entities/notification.entity';
import { NotificationKindRegistry } from '../notifications/notification-kinds';
import { NotificationsService } from '../notifications/notifications.service';
import { DIGEST_QUEUE, EmailKind } from './follows.constants';
import { FollowsRepository } from './follows.repository';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Email side of notifications: the kinds their features declare IMMEDIATE
 * (mentions and direct replies) go out at once (once each: the outbox is
 * keyed by notification id); everything else waits for the digest job.
 * Every email carries a one-click unsubscribe link for its kind (also as
 * List-Unsubscribe, RFC 8058).
 */
@Injectable()
export class NotificationEmailsService implements OnModuleInit {
  constructor(
    private readonly repo: FollowsRepository,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    private readonly kinds: NotificationKindRegistry,
    private readonly notifications: NotificationsService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  onModuleInit(): void {
    // An immediate email's unsubscribe link names its kind: it must be one people can opt out of.
    const emailKinds: readonly string[] = Object.values(EmailKind);
    for (const k of this.kinds.all()) {
      if (k.delivery === 'IMMEDIATE' && !emailKinds.includes(k.kind)) {
        throw new Error(
          `Notification kind "${k.kind}" (${k.feature}) is emailed immediately but is not an EmailKind one can unsubscribe from.`,
        );
      }
    }
    // Hourly: each person's digest goes when their daily/weekly interval has passed.
    this.jobs.register(
      DIGEST_QUEUE,
      async () => {
        await this.sendDueDigests();
      },
      '5 * * * *',
    );
  }

  private unsubscribeUrl(token: string, kind: EmailKind): string {
    return `${this.app.publicApiUrl}/notifications/unsubscribe?token=${encodeURIComponent(token)}&kind=${kind}`;
  }

  private deepLink(link: string): string {
    return `${this.app.webPublicUrl}${link}`;
  }

  /** Emails the immediate kinds among freshly created notifications, inside the caller's transaction. */
  async sendImmediate(manager: EntityManager, notifications: NotificationEntity[]): Promise<void> {
    const immediate = notifications.filter((n) => this.kinds.isImmediate(n.kind));
    if (!immediate.length) return;
    const contacts = new Map(
      (await this.repo.userContact(manager, [...new Set(immediate.map((n) => n.userId))])).map(
        (u) => [u.id, u],
      ),
    );
    const emailed: string[] = [];
    for (const n of immediate) {
      const contact = contacts.get(n.userId);
      if (!contact) continue;
      const prefs = await this.repo.preferences(n.userId, manager);
      if (prefs.emailOptOuts.includes(n.kind)) continue;
      const kind = n.kind as EmailKind;
      const unsubscribe = this.unsubscribeUrl(prefs.unsubscribeToken, kind);
      const url = this.deepLink(n.link);
      await this.mail.enqueue(
        {
          idempotencyKey: `notification:${n.id}`,
          to: contact.email,
          subject: n.title,
          text: `${n.title}\n\n${n.body ?? ''}\n\nOpen: ${url}\n\nStop these emails (${kind.toLowerCase()}): ${unsubscribe}\n`,
          html: `<p>${escapeHtml(n.title)}</p>${n.body ? `<p>${escapeHtml(n.body)}</p>` : ''}<p><a href="${escapeHtml(url)}">Open in the commons</a></p><p><a href="${escapeHtml(unsubscribe)}">Unsubscribe from ${kind.toLowerCase()} emails</a></p>`,
          headers: {
            'List-Unsubscribe': `<${unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        },
        manager,
      );
      emailed.push(n.id);
    }
    await this.notifications.markEmailed(emailed, manager);
  }

  /** Runs the digest for everyone due; returns how many digests were queued. */
  async sendDueDigests(now = new Date()): Promise<number> {
    let sent = 0;
    for (const userId of await this.repo.dueForDigest(now)) {
      if (await this.sendDigest(userId, now)) sent += 1;
    }
    return sent;
  }

  private async sendDigest(userId: string, now: Date): Promise<boolean> {
    return this.repo.transaction(async (manager) => {
      const prefs = await this.repo.preferences(userId, manager);
      await this.notifications.markEmailed(await this.repo.mutedAwaitingEmail(manager, userId), manager);
      const items = await this.repo.pendingForDigest(manager, userId);
      await this.repo.touchDigest(manager, userId, now);
      if (!items.length) return false;
      const [contact] = await this.repo.userContact(manager, [userId]);
      if (!contact) return false;
      const unsubscribe = this.unsubscribeUrl(prefs.unsubscribeToken, EmailKind.DIGEST);
      const lines = items.map((n) => `- ${n.title}\n  ${this.deepLink(n.link)}`);
      const html = items
        .map(
          (n) =>
            `<li><a href="${escapeHtml(this.deepLink(n.link))}">${escapeHtml(n.title)}</a>${n.body ? `<br>${escapeHtml(n.body)}` : ''}</li>`,
        )
        .join('');
      await this.mail.enqueue(
        {
          idempotencyKey: `digest:${userId}:${now.toISOString()}`,
          to: contact.email,
          subject: `Your Midlands Improvement Commons digest: ${items.length} update${items.length === 1 ? '' : 's'}`,
          text: `Hello ${contact.name},\n\nHere is what happened in what you follow:\n\n${lines.join('\n')}\n\nStop digest emails: ${unsubscribe}\n`,
          html: `<p>Hello ${escapeHtml(contact.name)},</p><p>Here is what happened in what you follow:</p><ul>${html}</ul><p><a href="${escapeHtml(unsubscribe)}">Unsubscribe from digest emails</a></p>`,
          headers: {
            'List-Unsubscribe': `<${unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        },
        manager,
      );
      await this.notifications.markEmailed(
        items.map((n) => n.id),
        manager,
      );
      return true;
    });
  }
}
