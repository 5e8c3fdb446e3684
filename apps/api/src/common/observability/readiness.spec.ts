import { composeReadiness, migrationState } from './readiness';

describe(composeReadiness.name, () => {
  it('should be ready only when every check is ok, naming each', async () => {
    await expect(
      composeReadiness({
        database: () => Promise.resolve({ ok: true }),
        jobs: () => Promise.resolve({ ok: true, detail: 'workers running' }),
      }),
    ).resolves.toEqual({
      ready: true,
      checks: { database: { ok: true }, jobs: { ok: true, detail: 'workers running' } },
    });
  });

  it('should not be ready when a check fails, throws or hangs, and say why', async () => {
    const report = await composeReadiness(
      {
        database: () => Promise.reject(new Error('connect ECONNREFUSED')),
        migrations: () => new Promise(() => undefined),
        jobs: () => Promise.resolve({ ok: false, detail: 'job workers not running' }),
        search: () => Promise.resolve({ ok: true }),
      },
      50,
    );
    expect(report).toEqual({
      ready: false,
      checks: {
        database: { ok: false, detail: 'connect ECONNREFUSED' },
        migrations: { ok: false, detail: 'timed out' },
        jobs: { ok: false, detail: 'job workers not running' },
        search: { ok: true },
      },
    });
  });
});

describe(migrationState.name, () => {
  it('should be ok at the expected version, and when the database is newer (rolling deploy)', () => {
    expect(migrationState(['A1', 'B2'], ['A1', 'B2'])).toEqual({ ok: true, detail: 'at B2' });
    expect(migrationState(['A1', 'B2'], ['A1', 'B2', 'C3'])).toEqual({
      ok: true,
      detail: 'at B2; database has 1 newer',
    });
  });

  it('should not be ok while a shipped migration is not applied', () => {
    expect(migrationState(['A1', 'B2', 'C3'], ['A1'])).toEqual({
      ok: false,
      detail: '2 migration(s) not applied, first B2',
    });
  });
});
