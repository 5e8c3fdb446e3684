import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { EventEntity } from '../entities/event.entity';
import type { EventQuotaEntity } from '../entities/event-quota.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import type { RegistrationChangeEntity } from '../entities/registration-change.entity';
import type { EventsRepository, PlaceSummary } from '../events.repository';

export const eventByIdLoader = (repo: EventsRepository) =>
  new DataLoader<string, EventEntity | null>(async (ids) => byKey(ids, await repo.findEventsByIds(ids), (e) => e.id));

export const placeSummaryByEventIdLoader = (repo: EventsRepository) =>
  new DataLoader<string, PlaceSummary>(async (ids) =>
    byKey(ids, await repo.placeSummaries(ids), (s) => s.eventId).map(
      (s, i) => s ?? { eventId: ids[i], held: 0, waiting: 0 },
    ),
  );

export const quotasByEventIdLoader = (repo: EventsRepository) =>
  new DataLoader<string, EventQuotaEntity[]>(async (ids) => groupBy(ids, await repo.findQuotasByEventIds(ids), (q) => q.eventId));

/** Key: `${userId}:${eventId}`; one query per user per request. */
export const activeRegistrationByUserEventLoader = (repo: EventsRepository) =>
  new DataLoader<string, RegistrationEntity | null>(async (keys) => {
    const byUser = new Map<string, string[]>();
    for (const key of keys) {
      const [userId, eventId] = key.split(':');
      byUser.set(userId, [...(byUser.get(userId) ?? []), eventId]);
    }
    const rows: RegistrationEntity[] = [];
    for (const [userId, eventIds] of byUser) rows.push(...(await repo.findActiveRegistrationsForUser(userId, eventIds)));
    return byKey(keys, rows, (r) => `${r.userId}:${r.eventId}`);
  });

/** Each registration's history, oldest first: one statement for every registration on a page. */
export const changesByRegistrationIdLoader = (repo: EventsRepository) =>
  new DataLoader<string, RegistrationChangeEntity[]>(async (ids) =>
    groupBy(ids, await repo.findChangesByRegistrationIds(ids), (c) => c.registrationId),
  );

/** Each waiting registration's live place in the queue (1 = next): one statement per page; null when not waiting. */
export const waitlistPlaceByRegistrationIdLoader = (repo: EventsRepository) =>
  new DataLoader<string, number | null>(async (ids) =>
    byKey(ids, await repo.waitlistPlaces(ids), (row) => row.id).map((row) => row?.place ?? null),
  );

/** Readable names by `ICS:<ods code>` or `ORGANISATION_TYPE:<key>` (null when unknown). */
export const directoryLabelByKeyLoader = (repo: EventsRepository) =>
  new DataLoader<string, string | null>(async (keys) =>
    byKey(keys, await repo.directoryLabels(keys), (row) => row.key).map((row) => row?.label ?? null),
  );
