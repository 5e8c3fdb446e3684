import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createEvent } from '../../../apps/api/test/integration/factories/event.factory';
import { createOrganisation } from '../../../apps/api/test/integration/factories/organisation.factory';
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

const REGISTER = `mutation Register($input: RegisterForEventInput!) { registerForEvent(input: $input) { id status } }`;
const READ = `query Read($id: ID!) { me { id } event(id: $id) { id title } }`;
const CLIENTS = 50;
const SWEEP_QUEUE = 'events.registration-notice-sweep';
const NOTICE_QUEUE = 'events.registration-notice';

interface Outcome {
  kind: 'read' | 'write';
  startedAt: number;
  endedAt: number;
  ok: boolean;
  error?: string;
  registrationId?: string;
}

describe('kill -9 of one API replica under load', () => {
  it('should fail only requests in flight on it, keep every acknowledged write, route around it within 5 s, and keep jobs running once', async () => {
    const state = clusterState();
    const [victim, survivor] = state.api;
    const hold = path.join(state.stateDir, `hold-${victim.name}`);
    const client = await directDb();
    try {
      const db = asDataSource(client);
      const organiser = await createUser(db);
      const org = await createOrganisation(db, { icsOdsCodes: ['QHL'] });
      const events: string[] = [];
      for (let i = 0; i < 60; i += 1)
        events.push((await createEvent(db, { organiserId: organiser.id, capacity: 1000 })).id);
      const users: TestUser[] = [];
      for (let i = 0; i < CLIENTS; i += 1)
        users.push(await createUser(db, { organisationId: org.id }));

      const outcomes: Outcome[] = [];
      let running = true;
      const loop = async (user: TestUser) => {
        for (let k = 0; running && k < events.length; k += 1) {
          for (const kind of ['read', 'write'] as const) {
            const startedAt = Date.now();
            try {
              const res =
                kind === 'read'
                  ? await gql(
                      state.graphqlUrl,
                      READ,
                      { id: events[k] },
                      { token: user.token, timeoutMs: 15_000 },
                    )
                  : await gql<{ registerForEvent: { id: string } }>(
                      state.graphqlUrl,
                      REGISTER,
                      { input: { eventId: events[k], consent: true } },
                      { token: user.token, timeoutMs: 15_000 },
                    );
              const id =
                kind === 'write'
                  ? (res.data as { registerForEvent?: { id: string } } | undefined)
                      ?.registerForEvent?.id
                  : undefined;
              const ok = res.status === 200 && !res.errors;
              outcomes.push({
                kind,
                startedAt,
                endedAt: Date.now(),
                ok,
                error: ok ? undefined : `${res.status} ${res.errors?.[0]?.message}`,
                registrationId: id,
              });
            } catch (error) {
              outcomes.push({
                kind,
                startedAt,
                endedAt: Date.now(),
                ok: false,
                error: (error as Error).message,
              });
            }
          }
        }
      };
      const loops = users.map((u) => loop(u));
      await new Promise((r) => setTimeout(r, 3000));

      // Hold the victim down (no orchestrator restart) while we watch the survivor alone.
      writeFileSync(hold, '');
      const pid = replicaPid(victim.name);
      expect(pid).toBeTruthy();
      const killedAt = Date.now();
      process.kill(pid!, 'SIGKILL');
      const downAt = await waitFor(
        'HAProxy to mark the killed replica DOWN',
        async () =>
          (await haproxyStatus()).get(`api_replicas/${victim.name}`)?.status.startsWith('DOWN')
            ? Date.now()
            : null,
        10_000,
        100,
      );
      const detectMs = downAt - killedAt;
      await new Promise((r) => setTimeout(r, 5000));
      running = false;
      await Promise.all(loops);

      const failures = outcomes.filter((o) => !o.ok);
      process.stdout.write(
        `[cluster] kill -9: ${outcomes.length} requests, ${failures.length} failed, DOWN after ${detectMs} ms; failures: ${JSON.stringify(
          failures.slice(0, 5).map((f) => f.error),
        )}\n`,
      );
      expect(detectMs).toBeLessThan(5000);
      // Only requests already in flight when the replica died may fail (POSTs are never replayed by HAProxy).
      for (const f of failures) {
        expect(f.startedAt).toBeLessThanOrEqual(killedAt + 250);
        expect(f.endedAt).toBeGreaterThanOrEqual(killedAt);
      }
      expect(failures.length).toBeLessThanOrEqual(CLIENTS);
      // Traffic went on after the kill, served by the survivor.
      const afterDown = outcomes.filter((o) => o.startedAt > downAt);
      expect(afterDown.length).toBeGreaterThan(50);
      expect(afterDown.every((o) => o.ok)).toBe(true);
      // Every acknowledged write is in the database.
      const acknowledged = outcomes
        .filter((o) => o.kind === 'write' && o.ok)
        .map((o) => o.registrationId!);
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM event_registration WHERE id = ANY($1::uuid[])',
        [acknowledged],
      );
      expect(rows.length).toBe(acknowledged.length);

      // Scheduled jobs keep running on the survivor: a per-minute cron job created after the kill completes
      // while the victim is still down, and registration notices queued after the kill are processed.
      const cronRan = await waitFor(
        `a ${SWEEP_QUEUE} job created after the kill to complete`,
        async () =>
          (
            await client.query(
              `SELECT 1 FROM pgboss.job WHERE name = $1 AND created_on > to_timestamp($2 / 1000.0) AND state = 'completed'`,
              [SWEEP_QUEUE, killedAt],
            )
          ).rowCount,
        100_000,
        1000,
      );
      expect(cronRan).toBeGreaterThan(0);
      expect(replicaPid(victim.name)).toBeNull();
      expect(replicaPid(survivor.name)).toBeTruthy();
      // Registration notices queued after the kill are worked off by the survivor, and none failed.
      const notices = await client.query<{ state: string; n: number }>(
        `SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 AND created_on > to_timestamp($2 / 1000.0) GROUP BY state`,
        [NOTICE_QUEUE, killedAt],
      );
      process.stdout.write(
        `[cluster] registration notices queued after the kill, by state: ${JSON.stringify(notices.rows)}\n`,
      );
      expect(notices.rows.find((r) => r.state === 'completed')?.n ?? 0).toBeGreaterThan(0);
      expect(notices.rows.filter((r) => r.state === 'failed')).toEqual([]);
      // No scheduled job ran twice: both replicas run pg-boss's cron monitor, yet each cron tick is sent once
      // (the send-it job is a singleton per schedule and minute), and the queues only cron feeds got at most
      // one job per minute. (search.sweep is also sent at boot, so it is not counted here.)
      const ticks = await client.query(
        `SELECT singleton_key, singleton_on, count(*)::int AS n FROM pgboss.job
          WHERE name = '__pgboss__send-it' GROUP BY 1, 2 HAVING count(*) > 1`,
      );
      expect(ticks.rows).toEqual([]);
      const dupes = await client.query(
        `SELECT name, date_trunc('minute', created_on) AS minute, count(*)::int AS n FROM pgboss.job
          WHERE name = ANY($1::text[]) GROUP BY 1, 2 HAVING count(*) > 1`,
        [[SWEEP_QUEUE, 'events.offer-sweep', 'notifications.digest', 'mail.requeue']],
      );
      expect(dupes.rows).toEqual([]);
      const sweeps = await client.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`,
        [SWEEP_QUEUE],
      );
      expect(sweeps.rows[0].n).toBeGreaterThan(0);
    } finally {
      rmSync(hold, { force: true });
      await client.end();
    }
    // The orchestrator brings the victim back; the cluster is whole again for the next file.
    await waitForAllUp(120_000);
  });
});
