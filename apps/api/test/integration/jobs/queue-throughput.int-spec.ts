import { randomBytes } from 'node:crypto';
import { getEventListeners } from 'node:events';

import { Client } from 'pg';

import { JobsService } from '../../../src/modules/jobs/jobs.service';

/**
 * A worker fetched one job per polling interval, so a queue drained at about one
 * job a second per replica: 500 registration notices queued in a burst were still
 * waiting two minutes later (seen in the cluster tier after a replica was killed).
 * Workers now fetch a batch, run it side by side and poll again at once while
 * batches come back full. A sweep that queues the same notice again while the
 * first is still waiting no longer doubles the backlog ("short" queue policy).
 */
describe('job queue throughput and duplicate waiting jobs', () => {
  const url = process.env.DATABASE_URL!;
  const services: JobsService[] = [];
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: url });
    await db.connect();
  });

  afterAll(async () => {
    for (const s of services) await s.onApplicationShutdown();
    await db.end();
  });

  const queueName = (label: string) => `${label}-${randomBytes(3).toString('hex')}`;

  it('should work off a backlog of 300 jobs in well under the 300 s one job per poll would take', async () => {
    const name = queueName('throughput');
    const ran = new Set<string>();
    const producer = new JobsService({ databaseUrl: url, workers: false });
    services.push(producer);
    producer.register(name, async () => {});
    await producer.onApplicationBootstrap();
    for (let i = 0; i < 300; i += 1) await producer.send(name, { i });

    const worker = new JobsService({ databaseUrl: url, workers: true });
    services.push(worker);
    worker.register<{ i: number }>(name, async ({ i }) => {
      await new Promise((r) => setTimeout(r, 5));
      ran.add(String(i));
    });
    const started = Date.now();
    await worker.onApplicationBootstrap();
    while (ran.size < 300 && Date.now() - started < 60_000)
      await new Promise((r) => setTimeout(r, 200));
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`[jobs] 300 queued jobs worked off in ${seconds.toFixed(1)} s\n`);
    expect(ran.size).toBe(300);
    expect(seconds).toBeLessThan(45);
    // Each job is marked completed right after its handler returns.
    let states: { state: string; n: number }[] = [];
    for (let tries = 0; tries < 50; tries += 1) {
      states = (
        await db.query<{ state: string; n: number }>(
          'SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state',
          [name],
        )
      ).rows;
      if (states.length === 1 && states[0].state === 'completed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(states).toEqual([{ state: 'completed', n: 300 }]);
  }, 90_000);

  it('should keep one waiting job per key on a de-duplicating queue, and still accept the key again once it has run', async () => {
    const name = queueName('dedupe');
    const service = new JobsService({ databaseUrl: url, workers: false });
    services.push(service);
    const seen: string[] = [];
    service.register<{ k: string }>(name, async ({ k }) => void seen.push(k), {
      dedupeWaiting: true,
    });
    await service.onApplicationBootstrap();
    const first = await service.send(name, { k: 'a' }, { singletonKey: 'a' });
    const second = await service.send(name, { k: 'a' }, { singletonKey: 'a' });
    const other = await service.send(name, { k: 'b' }, { singletonKey: 'b' });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(await service.drain(name)).toBe(2);
    expect(seen.sort()).toEqual(['a', 'b']);
    // Once the first has run, the same key may be queued again (a later, real change).
    expect(await service.send(name, { k: 'a' }, { singletonKey: 'a' })).toEqual(expect.any(String));
  }, 60_000);

  it('should bring an existing queue created without de-duplication in line at boot', async () => {
    const name = queueName('policy');
    const old = new JobsService({ databaseUrl: url, workers: false });
    services.push(old);
    old.register(name, async () => {});
    await old.onApplicationBootstrap();
    const before = await db.query('SELECT policy FROM pgboss.queue WHERE name = $1', [name]);
    expect(before.rows[0].policy).toBe('standard');

    const upgraded = new JobsService({ databaseUrl: url, workers: false });
    services.push(upgraded);
    upgraded.register(name, async () => {}, { dedupeWaiting: true });
    await upgraded.onApplicationBootstrap();
    const after = await db.query('SELECT policy FROM pgboss.queue WHERE name = $1', [name]);
    expect(after.rows[0].policy).toBe('short');
    expect(await upgraded.send(name, {}, { singletonKey: 'x' })).toEqual(expect.any(String));
    expect(await upgraded.send(name, {}, { singletonKey: 'x' })).toBeNull();
  }, 60_000);

  it('should not pile up listeners while idle queues poll (one per waiting loop at most)', async () => {
    const service = new JobsService({ databaseUrl: url, workers: true });
    services.push(service);
    for (let i = 0; i < 3; i += 1) service.register(queueName(`idle-${i}`), async () => {});
    await service.onApplicationBootstrap();
    // Each loop polls about once a second; after several polls the stop signal still has one listener per loop.
    await new Promise((r) => setTimeout(r, 3500));
    const signal = (service as unknown as { stopSignal: AbortController }).stopSignal.signal;
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(3);
    await service.onApplicationShutdown();
    expect(getEventListeners(signal, 'abort').length).toBe(0);
  }, 30_000);

  it('should queue 200 coalesced sends in far fewer inserts, keep one waiting job per key, and reject on a failed insert', async () => {
    const name = queueName('coalesced');
    const service = new JobsService({ databaseUrl: url, workers: false });
    services.push(service);
    service.register<{ k: string }>(name, async () => {}, { dedupeWaiting: true });
    await service.onApplicationBootstrap();
    const boss = (service as unknown as { boss: { insert: (...a: unknown[]) => Promise<unknown> } })
      .boss;
    const insert = boss.insert.bind(boss);
    let inserts = 0;
    boss.insert = (...args: unknown[]) => {
      inserts += 1;
      return insert(...args);
    };
    // 200 at once, 20 of them a second send for a key already in the burst.
    const keys = Array.from({ length: 200 }, (_, i) => `k${i % 180}`);
    await Promise.all(keys.map((k) => service.sendCoalesced(name, { k }, { singletonKey: k })));
    const { rows } = await db.query<{ n: number; keys: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT singleton_key)::int AS keys FROM pgboss.job WHERE name = $1 AND state = 'created'`,
      [name],
    );
    expect(rows[0]).toEqual({ n: 180, keys: 180 });
    expect(inserts).toBeGreaterThanOrEqual(1);
    expect(inserts).toBeLessThan(20);
    // Idle, a single send goes at once in its own insert.
    inserts = 0;
    await service.sendCoalesced(name, { k: 'alone' }, { singletonKey: 'alone' });
    expect(inserts).toBe(1);
    // A failed insert rejects every send in its batch (the caller decides: the notice sweep is the backstop).
    boss.insert = () => Promise.reject(new Error('database away'));
    await expect(
      Promise.all([
        service.sendCoalesced(name, { k: 'x' }),
        service.sendCoalesced(name, { k: 'y' }),
      ]),
    ).rejects.toThrow('database away');
    boss.insert = insert;
    await service.sendCoalesced(name, { k: 'after' }, { singletonKey: 'after' });
    const after = await db.query(
      'SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2',
      [name, 'after'],
    );
    expect(after.rowCount).toBe(1);
  }, 60_000);
});
