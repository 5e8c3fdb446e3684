import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { JobsService } from '../../../src/modules/jobs/jobs.service';

/**
 * Two replicas booting at once both create their queues (each a partition of
 * pgboss.job with foreign keys). pg-boss does that without a lock, so two
 * processes creating different queues deadlocked and one API exited at boot
 * (seen in the cluster tier). JobsService retries the loser.
 */
describe('job queues created by two processes at once', () => {
  const url = process.env.DATABASE_URL!;
  const services: JobsService[] = [];

  afterAll(async () => {
    for (const s of services) await s.onApplicationShutdown();
  });

  it('should create every queue once, with no process failing, across several concurrent boots', async () => {
    const prefix = `race-${randomBytes(3).toString('hex')}`;
    for (let round = 0; round < 3; round += 1) {
      const names = Array.from({ length: 8 }, (_, i) => `${prefix}-${round}-${i}`);
      const boots = [0, 1].map(() => {
        const service = new JobsService({ databaseUrl: url, workers: false });
        services.push(service);
        // Opposite orders make the lock order differ between the processes.
        for (const name of services.length % 2 ? names : [...names].reverse()) {
          service.register(name, async () => {});
        }
        return service.onApplicationBootstrap();
      });
      await expect(Promise.all(boots)).resolves.toEqual([undefined, undefined]);
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ name: string }>(
          'SELECT name FROM pgboss.queue WHERE name = ANY($1::text[]) ORDER BY name',
          [names],
        );
        expect(rows.map((r) => r.name)).toEqual([...names].sort());
      } finally {
        await client.end();
      }
    }
  }, 120_000);
});
