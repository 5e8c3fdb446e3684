import { spawnSync } from 'node:child_process';

import { createEvent } from '../../../apps/api/test/integration/factories/event.factory';
import type { TestUser } from '../../../apps/api/test/integration/factories/user.factory';
import { createUser } from '../../../apps/api/test/integration/factories/user.factory';
import {
  asDataSource,
  clusterState,
  directDb,
  gql,
  haproxyStatus,
  replicaPid,
  waitFor,
  waitForAllUp,
} from './cluster-helpers';

const READ = `query Read($id: ID!) { me { id } event(id: $id) { id title } }`;
const REGISTER = `mutation Register($input: RegisterForEventInput!) { registerForEvent(input: $input) { id } }`;

interface Answer {
  startedAt: number;
  endedAt: number;
  status: number;
  code?: string;
  error?: string;
}

describe('PostgreSQL stopped for 10 s under load', () => {
  it('should answer 503 meanwhile and recover without restarting any process', async () => {
    const state = clusterState();
    const pg = state.postgres;
    if (!pg)
      throw new Error('the cluster tier runs on a dedicated PostgreSQL (database: "dedicated")');
    const client = await directDb();
    let users: TestUser[] = [];
    const events: string[] = [];
    try {
      const db = asDataSource(client);
      const organiser = await createUser(db);
      for (let i = 0; i < 40; i += 1)
        events.push((await createEvent(db, { organiserId: organiser.id, capacity: 1000 })).id);
      users = await Promise.all(Array.from({ length: 20 }, () => createUser(db)));
    } finally {
      await client.end();
    }
    const pidsBefore = [...state.api, ...state.web].map((r) => replicaPid(r.name));
    expect(pidsBefore.every(Boolean)).toBe(true);

    const answers: Answer[] = [];
    let running = true;
    const loop = async (user: TestUser, n: number) => {
      for (let k = 0; running; k += 1) {
        const startedAt = Date.now();
        try {
          const res =
            k % 3 === 2
              ? await gql(
                  state.graphqlUrl,
                  REGISTER,
                  { input: { eventId: events[(n + k) % events.length], consent: true } },
                  { token: user.token, timeoutMs: 20_000 },
                )
              : await gql(
                  state.graphqlUrl,
                  READ,
                  { id: events[k % events.length] },
                  { token: user.token, timeoutMs: 20_000 },
                );
          answers.push({
            startedAt,
            endedAt: Date.now(),
            status: res.status,
            code: res.errors?.[0]?.extensions?.code,
            error: res.errors?.[0]?.message,
          });
        } catch (error) {
          answers.push({
            startedAt,
            endedAt: Date.now(),
            status: 0,
            error: (error as Error).message,
          });
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const loops = users.map((u, i) => loop(u, i));
    await new Promise((r) => setTimeout(r, 2000));

    const stop = spawnSync(pg.control.stop.command, pg.control.stop.args, { encoding: 'utf8' });
    expect(stop.status).toBe(0);
    const stoppedAt = Date.now();
    await new Promise((r) => setTimeout(r, 10_000));
    const start = spawnSync(pg.control.start.command, pg.control.start.args, { encoding: 'utf8' });
    expect(start.status).toBe(0);
    const startedAt = Date.now();
    // Recovered: the first successful read through the load balancer…
    const recoveredAt = await waitFor(
      'a successful read after PostgreSQL is back',
      async () => {
        const res = await gql(state.graphqlUrl, READ, { id: events[0] }, { token: users[0].token });
        return res.status === 200 && !res.errors ? Date.now() : null;
      },
      30_000,
      100,
    );
    // …then both API replicas back in rotation (their /health answers again).
    await waitFor(
      'both API replicas UP again',
      async () => {
        const stats = await haproxyStatus();
        return state.api.every((r) => stats.get(`api_replicas/${r.name}`)?.status === 'UP');
      },
      60_000,
      100,
    );
    const allUpAt = Date.now();
    await new Promise((r) => setTimeout(r, 3000));
    running = false;
    await Promise.all(loops);

    // While the database was down (after a 1 s grace for requests already running): 503s, nothing else.
    const during = answers.filter((a) => a.startedAt > stoppedAt + 1000 && a.endedAt < startedAt);
    process.stdout.write(
      `[cluster] database outage: ${answers.length} requests, ${during.length} during the outage (statuses ${JSON.stringify(
        [...new Set(during.map((a) => `${a.status} ${a.code ?? ''}`))],
      )}), first success ${recoveredAt - startedAt} ms and both replicas UP ${allUpAt - startedAt} ms after PostgreSQL restarted\n`,
    );
    expect(during.length).toBeGreaterThan(20);
    expect(during.filter((a) => a.status !== 503)).toEqual([]);
    // API answers carry SERVICE_UNAVAILABLE (HAProxy's own 503 has no GraphQL body once both replicas are out).
    for (const a of during.filter((x) => x.code)) expect(a.code).toBe('SERVICE_UNAVAILABLE');
    expect(recoveredAt - startedAt).toBeLessThan(20_000);
    // After recovery everything succeeds again.
    const after = answers.filter((a) => a.startedAt > allUpAt + 500);
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((a) => a.status !== 200 || a.error)).toEqual([]);
    // No process was restarted.
    expect([...state.api, ...state.web].map((r) => replicaPid(r.name))).toEqual(pidsBefore);
    await waitForAllUp(60_000);
  });
});
