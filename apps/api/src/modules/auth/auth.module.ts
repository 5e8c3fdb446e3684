import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';

import { DirectoryModule } from '../directory/directory.module';
import { UsersModule } from '../users/users.module';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionStrategy } from './session.strategy';

@Module({
  imports: [PassportModule, UsersModule, DirectoryModule],
  providers: [AuthRepository, AuthService, PasswordHasher, SessionStrategy, AuthResolver],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
