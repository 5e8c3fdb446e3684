import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Policy, Roles } from '../../common/auth/roles.decorator';
import { AccountAnonymiser } from './account-anonymiser';
import { AccountDeletionsService } from './account-deletions.service';
import { DataExportsService } from './data-exports.service';
import {
  AccountDeletionModel,
  DataExportModel,
  PrivacyPolicyModel,
} from './graphql/privacy.models';
import { toAccountDeletionModel, toDataExportModel } from './privacy.mapper';
import { PrivacyClock } from './privacy-clock';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportsService,
    private readonly deletions: AccountDeletionsService,
    private readonly anonymiser: AccountAnonymiser,
    private readonly clock: PrivacyClock,
  ) {}

  @Policy('any signed-in user, for their own data')
  @Mutation(() => DataExportModel, {
    description:
      'Ask for a ZIP of your data (UK GDPR articles 15 and 20). A job builds it and emails you; while one is pending, that one is returned.',
  })
  async requestDataExport(@CurrentUser() user: AuthUser): Promise<DataExportModel> {
    const entity = await this.exports.request(user);
    return toDataExportModel(entity, this.exports.isDownloadable(entity));
  }

  @Query(() => DataExportModel, {
    nullable: true,
    description: 'Your current data export (pending, ready to download, or failed), if any.',
  })
  async myDataExport(@CurrentUser() user: AuthUser): Promise<DataExportModel | null> {
    const entity = await this.exports.current(user);
    return entity ? toDataExportModel(entity, this.exports.isDownloadable(entity)) : null;
  }

  @Query(() => AccountDeletionModel, {
    nullable: true,
    description: 'When your account is due to be anonymised, if you asked for it to be deleted.',
  })
  async myAccountDeletion(@CurrentUser() user: AuthUser): Promise<AccountDeletionModel | null> {
    const entity = await this.deletions.scheduled(user);
    return entity ? toAccountDeletionModel(entity) : null;
  }

  @Policy('any signed-in user, for their own account')
  @Mutation(() => Boolean, {
    description:
      'Keep your account: cancels its scheduled deletion (NOT_FOUND when none is scheduled).',
  })
  cancelAccountDeletion(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.deletions.cancel(user);
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Anonymise an account at once (as its deletion would after the grace period). Regional admins; audited; not your own account.',
  })
  anonymiseUser(
    @CurrentUser() actor: AuthUser,
    @Args('userId', { type: () => ID, description: 'The account to anonymise.' }) userId: string,
  ): Promise<boolean> {
    return this.anonymiser.anonymiseNow(actor, userId);
  }

  @Public()
  @Query(() => PrivacyPolicyModel, {
    description: 'What the privacy notice states: retention periods from config.',
  })
  privacyPolicy(): PrivacyPolicyModel {
    return {
      retention: {
        accountDeletionGraceDays: this.clock.config.deletionGraceDays,
        dataExportDays: this.clock.config.exportTtlDays,
        sessionDays: this.clock.config.sessionDays,
        sessionIdleHours: this.clock.config.sessionIdleHours,
        endedSessionDays: this.clock.config.endedSessionDays,
        resetTokenDays: this.clock.config.resetTokenDays,
        sentMailDays: this.clock.config.sentMailDays,
      },
    };
  }
}
