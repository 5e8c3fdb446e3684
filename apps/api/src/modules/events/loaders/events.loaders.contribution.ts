import { Injectable } from '@nestjs/common';

import { LoadersContribution } from '../../../common/loaders/request-loaders';
import type { LoadersContributor } from '../../../common/loaders/request-loaders';
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
const eventsLoaders = (repos: {
  events: EventsRepository;
  registrations: RegistrationsRepository;
  directory: DirectoryRepository;
}) => ({
  eventById: eventByIdLoader(repos.events),
  placeSummaryByEventId: placeSummaryByEventIdLoader(repos.registrations),
  quotasByEventId: quotasByEventIdLoader(repos.events),
  activeRegistrationByUserEvent: activeRegistrationByUserEventLoader(repos.registrations),
  changesByRegistrationId: changesByRegistrationIdLoader(repos.registrations),
  waitlistPlaceByRegistrationId: waitlistPlaceByRegistrationIdLoader(repos.registrations),
  directoryLabelByKey: directoryLabelByKeyLoader(repos.directory),
});

type EventsLoaders = ReturnType<typeof eventsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the events loaders to the bag
  interface RequestLoaders extends EventsLoaders {}
}

/** Contributes the events loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
@LoadersContribution({ feature: 'events' })
@Injectable()
export class EventsLoadersContribution implements LoadersContributor<keyof EventsLoaders> {
  constructor(
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  create(): EventsLoaders {
    return eventsLoaders({ events: this.events, registrations: this.registrations, directory: this.directory });
  }
}
