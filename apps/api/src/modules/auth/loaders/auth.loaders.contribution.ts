import DataLoader from 'dataloader';

import { Clock } from '../../../common/clock/clock';
import { defineLoaders } from '../../../common/loaders/request-loaders';
import { AuthRepository } from '../auth.repository';
import { AuthService } from '../auth.service';

export interface SessionStats {
  lastUsedAt: Date | null;
  liveSessions: number;
}

/** Auth's DataLoaders, fresh for each request: one statement for a page of people. */
const authLoaders = (repo: AuthRepository, auth: AuthService, clock: Clock) => ({
  sessionStatsByUserId: new DataLoader<string, SessionStats>(async (ids) => {
    const now = clock.now();
    const rows = await repo.sessionStatsByUserIds(ids, now, auth.idleSince(now));
    const byId = new Map(rows.map((r) => [r.userId, r]));
    return ids.map((id) => {
      const row = byId.get(id);
      return { lastUsedAt: row?.lastUsedAt ?? null, liveSessions: row?.liveSessions ?? 0 };
    });
  }),
});

type AuthLoaders = ReturnType<typeof authLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the auth loaders to the bag
  interface RequestLoaders extends AuthLoaders {}
}

/** Contributes the auth loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const AuthLoadersContribution = defineLoaders(
  'auth',
  [AuthRepository, AuthService, Clock],
  authLoaders,
);
