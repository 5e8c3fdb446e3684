import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { AccountDeletionsService } from '../privacy/account-deletions.service';
import type { AccountDeletionEntity } from '../privacy/entities/account-deletion.entity';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';

/**
 * "Delete my account": re-authenticate (rate-limited as sign-in is), schedule
 * the deletion with privacy (grace period, then anonymisation) and sign the
 * account out everywhere at once. Signing in again during the grace period
 * is allowed, so the person can cancel (see docs in the privacy module).
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly authService: AuthService,
    private readonly auth: AuthRepository,
    private readonly deletions: AccountDeletionsService,
    private readonly clock: Clock,
  ) {}

  async deleteMyAccount(user: AuthUser, password: string): Promise<AccountDeletionEntity> {
    const entity = await this.authService.reauthenticate(user, password);
    const deletion = await this.auth.withKeyLock(`account-deletion:${user.id}`, (manager) =>
      this.deletions.schedule({ id: entity.id, email: entity.email }, manager),
    );
    await this.auth.revokeSessions(user.id, this.clock.now(), null);
    return deletion;
  }
}
