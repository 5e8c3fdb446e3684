import { defineLoaders } from '../../../common/loaders/request-loaders';
import { DirectoryRepository } from '../../directory/directory.repository';
import { EventsRepository } from '../events.repository';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import {
  activeRegistrationByUserEventLoader,
  changesByRegistrationIdLoader,
  directoryLabelByKeyLoader,
  eventByIdLoader,
  placeSummaryByEventIdLoader,
  quotasByEventIdLoader,
  waitlistPlaceByRegistrationIdLoader,
} from './events.loaders';

/** Events' DataLoaders, fresh for each request. */
const eventsLoaders = (
  events: EventsRepository,
  registrations: RegistrationsRepository,
  directory: DirectoryRepository,
) => ({
  eventById: eventByIdLoader(events),
  placeSummaryByEventId: placeSummaryByEventIdLoader(registrations),
  quotasByEventId: quotasByEventIdLoader(events),
  activeRegistrationByUserEvent: activeRegistrationByUserEventLoader(registrations),
  changesByRegistrationId: changesByRegistrationIdLoader(registrations),
  waitlistPlaceByRegistrationId: waitlistPlaceByRegistrationIdLoader(registrations),
  directoryLabelByKey: directoryLabelByKeyLoader(directory),
});

type EventsLoaders = ReturnType<typeof eventsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the events loaders to the bag
  interface RequestLoaders extends EventsLoaders {}
}

/** Contributes the events loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const EventsLoadersContribution = defineLoaders(
  'events',
  [EventsRepository, RegistrationsRepository, DirectoryRepository],
  eventsLoaders,
);
