import { RateLimitService } from '../../../src/common/rate-limit/rate-limit.service';
import type { TestClock } from '../setup/clock';
import { controlClock, MINUTE } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';

describe(RateLimitService.name, () => {
  let t: TestApp;
  let clock: TestClock;
  let limits: RateLimitService;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    limits = t.app.get(RateLimitService);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => {
    clock = controlClock(t);
  });

  afterEach(() => clock.restore());

  const perEmail = (key: string) => ({ bucket: 'test:email', key, limit: 2, windowSeconds: 600 });
  const perIp = (key: string) => ({ bucket: 'test:ip', key, limit: 3, windowSeconds: 600 });

  it('should allow up to the limit, then refuse with the bucket and the wait', async () => {
    expect((await limits.consume([perEmail('a@example.org')])).allowed).toBe(true);
    expect((await limits.consume([perEmail('a@example.org')])).allowed).toBe(true);
    const refused = await limits.consume([perEmail('a@example.org')]);
    expect(refused).toEqual({ allowed: false, blockedBy: 'test:email', retryAfterSeconds: 600 });
    expect((await limits.consume([perEmail('b@example.org')])).allowed).toBe(true);
  });

  it('should be all-or-nothing across rules and slide with the clock', async () => {
    await limits.consume([perEmail('c@example.org'), perIp('192.0.2.1')]);
    await limits.consume([perEmail('c@example.org'), perIp('192.0.2.1')]);
    const refused = await limits.consume([perEmail('c@example.org'), perIp('192.0.2.1')]);
    expect(refused.blockedBy).toBe('test:email');
    // The refused call used none of the IP's allowance: one left.
    expect((await limits.consume([perIp('192.0.2.1')])).allowed).toBe(true);
    expect((await limits.consume([perIp('192.0.2.1')])).allowed).toBe(false);
    clock.advance(10 * MINUTE + 1000);
    expect((await limits.consume([perEmail('c@example.org'), perIp('192.0.2.1')])).allowed).toBe(true);
  });

  it('should hold under concurrency and store keys hashed', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => limits.consume([perIp('198.51.100.200')])),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    const raw: unknown[] = await t.db.query(`SELECT 1 FROM rate_limit_hit WHERE key_hash LIKE '%198.51%'`);
    expect(raw).toHaveLength(0);
    await limits.reset('test:ip', '198.51.100.200');
    expect((await limits.consume([perIp('198.51.100.200')])).allowed).toBe(true);
  });
});
