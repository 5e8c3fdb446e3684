import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { appLogger } from '../../common/logging/json-logger';
import { AuditService } from '../audit/audit.service';
import { PersonalDataService } from './personal-data.service';
import { PrivacyErrorCode, PrivacyException } from './privacy.exception';
import { canAnonymiseUser } from './privacy.policy';
import { PrivacyClock } from './privacy-clock';
import { PrivacyRepository } from './privacy.repository';

/**
 * Anonymises an account through every module's personal-data source, in one
 * transaction: after the grace period (the job), or at once by a regional
 * admin (audited, ids only).
 */
@Injectable()
export class AccountAnonymiser {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly repo: PrivacyRepository,
    private readonly clock: PrivacyClock,
    private readonly audit: AuditService,
  ) {}

  /** The job: every scheduled deletion whose grace period has ended. Returns how many ran. */
  async anonymiseDue(): Promise<number> {
    const due = await this.repo.dueDeletions(this.clock.now());
    for (const row of due) {
      try {
        await this.run(row.user_id, row.user_id, 'grace-period-ended');
      } catch (error) {
        appLogger().write('error', 'account anonymisation failed', {
          deletionId: row.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return due.length;
  }

  /** A regional admin anonymises someone at once. */
  async anonymiseNow(actor: AuthUser, userId: string): Promise<boolean> {
    if (!canAnonymiseUser(actor, userId))
      throw new PrivacyException(PrivacyErrorCode.NotAllowedToAnonymise);
    if (await this.repo.isAnonymised(userId))
      throw new PrivacyException(PrivacyErrorCode.AlreadyAnonymised);
    const subject = await this.personalData.subject(userId);
    if (!subject.email && !subject.name) throw new PrivacyException(PrivacyErrorCode.UserNotFound);
    await this.run(userId, actor.id, 'admin');
    return true;
  }

  private async run(userId: string, actorId: string, reason: string): Promise<void> {
    await this.personalData.anonymise(userId, async (manager) => {
      const now = this.clock.now();
      await this.repo.completeDeletion(manager, { userId, requestedById: actorId, now });
      await this.audit.record(
        {
          actorId,
          action: 'privacy.user-anonymised',
          targetType: 'user',
          targetId: userId,
          details: { reason },
        },
        manager,
      );
    });
  }
}
