import { Module } from '@nestjs/common';

import { EventOrganiserResolver } from './event-organiser.resolver';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { MyRegistrationsResolver, RegistrationsResolver } from './registrations.resolver';
import { RegistrationsService } from './registrations.service';

@Module({
  controllers: [EventsController],
  providers: [
    EventsRepository,
    EventsService,
    RegistrationsService,
    EventsResolver,
    RegistrationsResolver,
    MyRegistrationsResolver,
    EventOrganiserResolver,
  ],
  exports: [EventsService, EventsRepository],
})
export class EventsModule {}
