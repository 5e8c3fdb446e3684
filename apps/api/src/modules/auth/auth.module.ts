import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';

import { DirectoryModule } from '../directory/directory.module';
import { MailModule } from '../mail/mail.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { UsersModule } from '../users/users.module';
import { AccessTokenAuthenticator } from './access-tokens/access-token-authenticator';
import { AccessTokensAuditActions } from './access-tokens/access-tokens.audit-actions';
import { AccessTokensRepository } from './access-tokens/access-tokens.repository';
import { AccessTokensResolver } from './access-tokens/access-tokens.resolver';
import { AccessTokensService } from './access-tokens/access-tokens.service';
import { AccountDeletionResolver } from './account-deletion.resolver';
import { AccountDeletionService } from './account-deletion.service';
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
import { AuthLoadersContribution } from './loaders/auth.loaders.contribution';
import { AccountSuspensionResolver } from './suspension/account-suspension.resolver';
import { AccountSuspensionService } from './suspension/account-suspension.service';
import { OidcClientService } from './sso/oidc-client.service';
import { AuthRetention } from './auth-retention';
import { SsoAccountStore } from './sso/sso-account-store';
import { SsoAccountsService } from './sso/sso-accounts.service';
import { SsoConnectionsRepository } from './sso/sso-connections.repository';
import { SsoConnectionsResolver } from './sso/sso-connections.resolver';
import { SsoConnectionsService } from './sso/sso-connections.service';
import { SsoFlowsRepository } from './sso/sso-flows.repository';
import { SsoEmailLinkResolver, SsoSignInResolver } from './sso/sso-sign-in.resolver';
import { SsoEmailLinksService } from './sso/sso-email-links.service';
import { SsoLinkMail } from './sso/sso-link-mail';
import { SsoSignInService } from './sso/sso-sign-in.service';
import { SsoAuditActions } from './sso/sso.audit-actions';
import { AuthPersonalData } from './auth.personal-data';

@Module({
  imports: [PassportModule, UsersModule, DirectoryModule, MailModule, PrivacyModule],
  providers: [
    AuthRetention,
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
    AuthLoadersContribution,
    AccountSuspensionService,
    AccountSuspensionResolver,
    SsoConnectionsRepository,
    SsoFlowsRepository,
    SsoConnectionsService,
    OidcClientService,
    SsoSignInService,
    SsoAccountStore,
    SsoAccountsService,
    SsoLinkMail,
    SsoEmailLinksService,
    SsoConnectionsResolver,
    SsoSignInResolver,
    SsoEmailLinkResolver,
    SsoAuditActions,
    AccessTokensRepository,
    AccessTokenAuthenticator,
    AccessTokensService,
    AccessTokensResolver,
    AccessTokensAuditActions,
    AccountDeletionService,
    AccountDeletionResolver,
    AuthPersonalData,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
