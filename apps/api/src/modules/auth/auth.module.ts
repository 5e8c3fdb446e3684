import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';

import { DirectoryModule } from '../directory/directory.module';
import { MailModule } from '../mail/mail.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { UsersModule } from '../users/users.module';
import { AccountDeletionResolver } from './account-deletion.resolver';
import { AccountDeletionService } from './account-deletion.service';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionStrategy } from './session.strategy';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { AuthPersonalData } from './auth.personal-data';

@Module({
  imports: [PassportModule, UsersModule, DirectoryModule, MailModule, PrivacyModule],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    SessionStrategy,
    AuthResolver,
    PasswordResetService,
    PasswordResetResolver,
    SessionsService,
    SessionsResolver,
    AccountDeletionService,
    AccountDeletionResolver,
    AuthPersonalData,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
