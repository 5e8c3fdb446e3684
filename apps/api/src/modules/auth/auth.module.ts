import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';

import { DirectoryModule } from '../directory/directory.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AuthRepository } from './auth.repository';
import { AuthAuditActions } from './auth.audit-actions';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionStrategy } from './session.strategy';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PassportModule, UsersModule, DirectoryModule, MailModule],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    SessionStrategy,
    AuthAuditActions,
    AuthResolver,
    PasswordResetService,
    PasswordResetResolver,
    SessionsService,
    SessionsResolver,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
