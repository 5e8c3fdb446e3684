import { Module } from '@nestjs/common';

import { DirectoryModule } from '../../modules/directory/directory.module';
import { EventsModule } from '../../modules/events/events.module';
import { UsersModule } from '../../modules/users/users.module';
import { LoadersFactory } from './loaders.factory';

@Module({
  imports: [DirectoryModule, UsersModule, EventsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
