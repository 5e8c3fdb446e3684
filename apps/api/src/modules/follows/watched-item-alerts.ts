import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { Audience } from '../../common/visibility/audience';
import { WatchedItems } from '../../common/watching/watched-items';
import type { WatchedItem } from '../../common/watching/watched-items';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { EmailKind, WATCHING_SWEEP_QUEUE } from './follows.constants';
import { FollowsRepository } from './follows.repository';
import { NotificationEmailsService } from './notification-emails.service';

/** The sweep leaves the signal this long to alert first, and looks back this far. */
const SWEEP_GRACE_MS = 3 * 60_000;
const SWEEP_LOOKBACK_MS = 24 * 3_600_000;
/** Items per source per sweep, oldest first: far more than a day's publishing here. */
const SWEEP_LIMIT = 1000;

/** Items everyone signed in may see; anything narrower alerts nobody (no per-person check here). */
const OPEN = new Set<string>([Audience.anyone(), Audience.signedIn()]);

/**
 * WATCHING an ICS, theme or organisation: a new case study or event there
 * (from the features' `@WatchedItemSource`s) notifies and emails each
 * watcher at once, once per item however many of its subjects they watch,
 * never its authors or whoever published it, and not those who turned
 * these emails off (their notification settings; the in-app notification
 * stays). A sweep every five minutes re-alerts what a lost signal missed.
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

  /**
   * The backstop for a lost signal (the process stopped after the write
   * committed, or the alert failed): items published between a day and a
   * few minutes ago alert the watchers they have not alerted yet, as the
   * signal would have (only those watching when it was published, never its
   * authors or publisher). Idempotent with the signal: `watchersToAlert`
   * skips whoever already has this item's notification, and each email is
   * keyed by its notification. Returns how many people were notified.
   */
  async sweep(now = new Date()): Promise<number> {
    const items = await this.watched.publishedBetween(
      new Date(now.getTime() - SWEEP_LOOKBACK_MS),
      new Date(now.getTime() - SWEEP_GRACE_MS),
      SWEEP_LIMIT,
    );
    return this.alert(items, null, true);
  }

  /**
   * Alerts the watchers of each item; returns how many people were notified.
   * `sweep`: only follows dating from before the item's publication.
   */
  async alert(
    items: readonly WatchedItem[],
    actorId: string | null,
    sweep = false,
  ): Promise<number> {
    let notified = 0;
    for (const item of items) {
      if (!item.published || !item.audience.some((token) => OPEN.has(token))) continue;
      if (sweep && !item.publishedAt) continue;
      notified += await this.repo.transaction(async (manager) => {
        const watchers = await this.repo.watchersToAlert(
          manager,
          item.subjects,
          { kind: EmailKind.WATCHING, type: item.type, id: item.id },
          sweep ? item.publishedAt : null,
        );
        const skip = new Set([
          ...item.authorIds,
          ...(item.publishedBy ? [item.publishedBy] : []),
          ...(actorId ? [actorId] : []),
        ]);
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

/** Runs the watching sweep every five minutes (WatchedItemAlerts.sweep). */
@Injectable()
export class WatchingSweepJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly alerts: WatchedItemAlerts,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      WATCHING_SWEEP_QUEUE,
      async () => {
        await this.alerts.sweep();
      },
      '*/5 * * * *',
    );
  }
}
