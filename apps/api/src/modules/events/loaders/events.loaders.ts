import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { EventEntity } from '../entities/event.entity';
import type { EventQuotaEntity } from '../entities/event-quota.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import type { RegistrationChangeEntity } from '../entities/registration-change.entity';
import type { DirectoryRepository } from '../../directory/directory.repository';
import type { EventsRepository } from '../events.repository';
import type { PlaceSummary, RegistrationsRepository } from '../registrations/registrations.repository';

export const eventByIdLoader = (repo: Pick<EventsRepository, 'findEventsByIds'>) =>
  new DataLoader<string, EventEntity | null>(async (ids) => byKey(ids, await repo.findEventsByIds(ids), (e) => e.id));

export const placeSummaryByEventIdLoader = (repo: Pick<RegistrationsRepository, 'placeSummaries'>) =>
  new DataLoader<string, PlaceSummary>(async (ids) =>
    byKey(ids, await repo.placeSummaries(ids), (s) => s.eventId).map(
      (s, i) => s ?? { eventId: ids[i], held: 0, waiting: 0 },
    ),
  );

export const quotasByEventIdLoader = (repo: Pick<EventsRepository, 'findQuotasByEventIds'>) =>
  new DataLoader<string, EventQuotaEntity[]>(async (ids) => groupBy(ids, await repo.findQuotasByEventIds(ids), (q) => q.eventId));

/** Key: `${userId}:${eventId}`; one query per user per request. */
export const activeRegistrationByUserEventLoader = (repo: Pick<RegistrationsRepository, 'findActiveRegistrationsForUser'>) =>
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
export const changesByRegistrationIdLoader = (repo: Pick<RegistrationsRepository, 'findChangesByRegistrationIds'>) =>
  new DataLoader<string, RegistrationChangeEntity[]>(async (ids) =>
    groupBy(ids, await repo.findChangesByRegistrationIds(ids), (c) => c.registrationId),
  );

/** Each waiting registration's live place in the queue (1 = next): one statement per page; null when not waiting. */
export const waitlistPlaceByRegistrationIdLoader = (repo: Pick<RegistrationsRepository, 'waitlistPlaces'>) =>
  new DataLoader<string, number | null>(async (ids) =>
    byKey(ids, await repo.waitlistPlaces(ids), (row) => row.id).map((row) => row?.place ?? null),
  );

/** Readable names by `ICS:<ods code>` or `ORGANISATION_TYPE:<key>` (null when unknown). */
export const directoryLabelByKeyLoader = (repo: Pick<DirectoryRepository, 'labels'>) =>
  new DataLoader<string, string | null>(async (keys) =>
    byKey(keys, await repo.labels(keys), (row) => row.key).map((row) => row?.label ?? null),
  );
