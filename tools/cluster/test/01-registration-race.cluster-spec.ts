import { Role } from '@mic/shared-util';

import { createEvent } from '../../../apps/api/test/integration/factories/event.factory';
import { createOrganisation } from '../../../apps/api/test/integration/factories/organisation.factory';
import type { TestUser } from '../../../apps/api/test/integration/factories/user.factory';
import { createUser } from '../../../apps/api/test/integration/factories/user.factory';
import { asDataSource, clusterState, directDb, gql, haproxyStatus } from './cluster-helpers';

const REGISTER = `mutation Register($input: RegisterForEventInput!) {
  registerForEvent(input: $input) { id status waitlistPosition }
}`;

interface Reg {
  id: string;
  status: string;
  waitlistPosition: number | null;
}

describe('registration race through the load balancer (PgBouncer in transaction mode)', () => {
  it('should confirm exactly the places there are and waitlist the rest, with both API replicas serving', async () => {
    const state = clusterState();
    const client = await directDb();
    try {
      const db = asDataSource(client);
      const organiser = await createUser(db, { roles: [{ role: Role.ORGANISER }] });
      const event = await createEvent(db, { organiserId: organiser.id, capacity: 12 });
      const org = await createOrganisation(db, { icsOdsCodes: ['QHL'] });
      const users: TestUser[] = [];
      for (let i = 0; i < 80; i += 1) users.push(await createUser(db, { organisationId: org.id }));
      const before = await haproxyStatus();

      const results = await Promise.all(
        users.map((u) =>
          gql<{ registerForEvent: Reg }>(
            state.graphqlUrl,
            REGISTER,
            { input: { eventId: event.id, consent: true } },
            { token: u.token },
          ),
        ),
      );
      expect(results.filter((r) => r.errors).map((r) => r.errors?.[0]?.message)).toEqual([]);
      const regs = results.map((r) => r.data!.registerForEvent);
      expect(regs.filter((r) => r.status === 'CONFIRMED')).toHaveLength(12);
      const waiting = regs.filter((r) => r.status === 'WAITLISTED');
      expect(waiting.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 68 }, (_, i) => i + 1),
      );

      const { rows } = await client.query<{ status: string; n: number }>(
        'SELECT status, count(*)::int AS n FROM event_registration WHERE event_id = $1 GROUP BY status ORDER BY status',
        [event.id],
      );
      expect(rows).toEqual([
        { status: 'CONFIRMED', n: 12 },
        { status: 'WAITLISTED', n: 68 },
      ]);
      // HAProxy spread the requests over both API replicas.
      const after = await haproxyStatus();
      for (const r of state.api) {
        const key = `api_replicas/${r.name}`;
        expect(after.get(key)!.total - before.get(key)!.total).toBeGreaterThan(10);
      }
    } finally {
      await client.end();
    }
  });
});
