import { Module } from '@nestjs/common';

import { DiscussionsModule } from '../../modules/discussions/discussions.module';
import { DirectoryModule } from '../../modules/directory/directory.module';
import { UsersModule } from '../../modules/users/users.module';
import { LoadersFactory } from './loaders.factory';

@Module({
  imports: [DirectoryModule, UsersModule, DiscussionsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
