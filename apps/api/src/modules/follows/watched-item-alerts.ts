import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { Audience } from '../../common/visibility/audience';
import { WatchedItems } from '../../common/watching/watched-items';
import type { WatchedItem } from '../../common/watching/watched-items';
import { NotificationsService } from '../notifications/notifications.service';
import { EmailKind } from './follows.constants';
import { FollowsRepository } from './follows.repository';
import { NotificationEmailsService } from './notification-emails.service';

/** Items everyone signed in may see; anything narrower alerts nobody (no per-person check here). */
const OPEN = new Set<string>([Audience.anyone(), Audience.signedIn()]);

/**
 * WATCHING an ICS, theme or organisation: a new case study or event there
 * (from the features' `@WatchedItemSource`s) notifies and emails each
 * watcher at once, once per item however many of its subjects they watch,
 * never its authors or whoever published it, and not those who turned
 * these emails off (their notification settings; the in-app notification
 * stays).
 */
@Injectable()
export class WatchedItemAlerts implements OnModuleInit {
  constructor(
    private readonly watched: WatchedItems,
    private readonly repo: FollowsRepository,
    private readonly notifications: NotificationsService,
    private readonly emails: NotificationEmailsService,
  ) {}

  onModuleInit(): void {
    this.watched.subscribe(async (items, actorId) => {
      await this.alert(items, actorId);
    });
  }

  /** Alerts the watchers of each item; returns how many people were notified. */
  async alert(items: readonly WatchedItem[], actorId: string | null): Promise<number> {
    let notified = 0;
    for (const item of items) {
      if (!item.published || !item.audience.some((token) => OPEN.has(token))) continue;
      notified += await this.repo.transaction(async (manager) => {
        const watchers = await this.repo.watchersToAlert(manager, item.subjects, {
          kind: EmailKind.WATCHING,
          type: item.type,
          id: item.id,
        });
        const skip = new Set([...item.authorIds, ...(actorId ? [actorId] : [])]);
        const created = await this.notifications.notify(
          {
            userIds: watchers.filter((id) => !skip.has(id)),
            kind: EmailKind.WATCHING,
            title: item.summary,
            link: item.url,
            subjectType: item.type,
            subjectId: item.id,
            actorId,
          },
          manager,
        );
        await this.emails.sendImmediate(manager, created);
        return created.length;
      });
    }
    return notified;
  }
}
