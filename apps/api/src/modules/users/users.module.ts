import { Module } from '@nestjs/common';

import { DirectoryModule } from '../directory/directory.module';
import { PeopleResolver } from './people.resolver';
import { RoleAssignmentResolver, UsersResolver } from './users.resolver';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [DirectoryModule],
  providers: [UsersRepository, UsersService, UsersResolver, RoleAssignmentResolver, PeopleResolver],
  exports: [UsersService, UsersRepository],
})
export class UsersModule {}
