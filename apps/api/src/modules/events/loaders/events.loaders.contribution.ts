import { Injectable } from '@nestjs/common';

import { LoadersContribution } from '../../../common/loaders/request-loaders';
import type { LoadersContributor } from '../../../common/loaders/request-loaders';
import { EventsRepository } from '../events.repository';
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
const eventsLoaders = (repo: EventsRepository) => ({
  eventById: eventByIdLoader(repo),
  placeSummaryByEventId: placeSummaryByEventIdLoader(repo),
  quotasByEventId: quotasByEventIdLoader(repo),
  activeRegistrationByUserEvent: activeRegistrationByUserEventLoader(repo),
  changesByRegistrationId: changesByRegistrationIdLoader(repo),
  waitlistPlaceByRegistrationId: waitlistPlaceByRegistrationIdLoader(repo),
  directoryLabelByKey: directoryLabelByKeyLoader(repo),
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
  constructor(private readonly events: EventsRepository) {}

  create(): EventsLoaders {
    return eventsLoaders(this.events);
  }
}
