import { Injectable } from '@nestjs/common';

import { DirectoryRepository } from '../../modules/directory/directory.repository';
import {
  icsByIdLoader,
  icssByOrganisationIdLoader,
  organisationByIdLoader,
  organisationTypeByKeyLoader,
  placesByIcsIdLoader,
  placesByOrganisationIdLoader,
  themeByKeyLoader,
} from '../../modules/directory/loaders/directory.loaders';
import { EventsRepository } from '../../modules/events/events.repository';
import {
  activeRegistrationByUserEventLoader,
  eventByIdLoader,
  placeSummaryByEventIdLoader,
  quotasByEventIdLoader,
} from '../../modules/events/loaders/events.loaders';
import { rolesByUserIdLoader, userByIdLoader } from '../../modules/users/loaders/users.loaders';
import { UsersRepository } from '../../modules/users/users.repository';

/** Builds a fresh bag of DataLoaders for each GraphQL request. */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly users: UsersRepository,
    private readonly events: EventsRepository,
  ) {}

  create() {
    return {
      icsById: icsByIdLoader(this.directory),
      placesByIcsId: placesByIcsIdLoader(this.directory),
      organisationById: organisationByIdLoader(this.directory),
      icssByOrganisationId: icssByOrganisationIdLoader(this.directory),
      placesByOrganisationId: placesByOrganisationIdLoader(this.directory),
      organisationTypeByKey: organisationTypeByKeyLoader(this.directory),
      themeByKey: themeByKeyLoader(this.directory),
      userById: userByIdLoader(this.users),
      rolesByUserId: rolesByUserIdLoader(this.users),
      eventById: eventByIdLoader(this.events),
      placeSummaryByEventId: placeSummaryByEventIdLoader(this.events),
      quotasByEventId: quotasByEventIdLoader(this.events),
      activeRegistrationByUserEvent: activeRegistrationByUserEventLoader(this.events),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;
