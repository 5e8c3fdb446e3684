import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { Clock } from '../../../common/clock/clock';
import type { UserEntity } from '../../users/entities/user.entity';
import { UsersService } from '../../users/users.service';
import { AuthRepository } from '../auth.repository';

/**
 * Admins suspend and restore whole accounts (issue #15). The rules and the
 * audit entry live with the users module (UsersService.setAccountSuspension);
 * auth adds what only it owns: every session of a suspended person is revoked
 * in the same transaction, and the session check refuses a suspended account
 * (AuthRepository.findLiveSession), so a suspended session stops at once.
 */
@Injectable()
export class AccountSuspensionService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: AuthRepository,
    private readonly clock: Clock,
  ) {}

  suspend(actor: AuthUser, userId: string, reason: string): Promise<UserEntity> {
    const now = this.clock.now();
    return this.users.setAccountSuspension(
      actor,
      { userId, suspend: true, reason, at: now },
      async (manager, id) => {
        await this.sessions.revokeSessions(id, now, null, manager);
      },
    );
  }

  restore(actor: AuthUser, userId: string): Promise<UserEntity> {
    return this.users.setAccountSuspension(
      actor,
      { userId, suspend: false },
      async () => undefined,
    );
  }
}
