import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { AccountDeletionEntity } from './entities/account-deletion.entity';
import { PrivacyErrorCode, PrivacyException } from './privacy.exception';
import { PrivacyClock } from './privacy-clock';
import { PrivacyEmails } from './privacy.emails';
import { PrivacyRepository } from './privacy.repository';

/**
 * "Delete my account": scheduled after a grace period (ACCOUNT_DELETION_GRACE_DAYS),
 * cancellable until then by signing in. The identity module re-authenticates
 * and revokes sessions, then calls `schedule` in its transaction; the
 * anonymisation itself is AccountAnonymiser's.
 */
@Injectable()
export class AccountDeletionsService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly clock: PrivacyClock,
    private readonly audit: AuditService,
    private readonly emails: PrivacyEmails,
  ) {}

  /** Schedules the person's deletion (the one already scheduled if any) and emails them. */
  async schedule(
    user: { id: string; email: string },
    manager: EntityManager,
  ): Promise<AccountDeletionEntity> {
    const now = this.clock.now();
    const deletion = await this.repo.scheduleDeletion(manager, {
      userId: user.id,
      requestedById: user.id,
      now,
      scheduledFor: this.clock.deletionDueAt(now),
    });
    await this.audit.record(
      {
        actorId: user.id,
        action: 'privacy.deletion-requested',
        targetType: 'user',
        targetId: user.id,
        details: { deletionId: deletion.id, scheduledFor: deletion.scheduledFor },
      },
      manager,
    );
    await this.emails.deletionScheduled(
      user.email,
      { deletionId: deletion.id, scheduledFor: deletion.scheduledFor },
      manager,
    );
    return deletion;
  }

  /** The person's scheduled deletion, if any. */
  scheduled(user: AuthUser): Promise<AccountDeletionEntity | null> {
    return this.repo.scheduledDeletion(user.id);
  }

  async cancel(user: AuthUser): Promise<boolean> {
    if (!(await this.repo.cancelDeletion(user.id, this.clock.now()))) {
      throw new PrivacyException(PrivacyErrorCode.NoDeletionScheduled);
    }
    await this.audit.record({
      actorId: user.id,
      action: 'privacy.deletion-cancelled',
      targetType: 'user',
      targetId: user.id,
    });
    return true;
  }
}
