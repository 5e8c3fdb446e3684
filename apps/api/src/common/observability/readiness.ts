import type { ReadinessResult } from './operational-signals';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, ReadinessResult>;
}

/**
 * Ready only when every check is ok. A check that throws or takes longer than
 * `timeoutMs` counts as not ready, with its reason; checks run in parallel.
 */
export async function composeReadiness(
  checks: Record<string, () => Promise<ReadinessResult>>,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const names = Object.keys(checks);
  const results = await Promise.all(
    names.map(async (name): Promise<ReadinessResult> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          checks[name](),
          new Promise<ReadinessResult>((resolve) => {
            timer = setTimeout(() => resolve({ ok: false, detail: 'timed out' }), timeoutMs);
            timer.unref();
          }),
        ]);
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : 'check failed' };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const report: ReadinessReport = { ready: true, checks: {} };
  names.forEach((name, i) => {
    report.checks[name] = results[i];
    if (!results[i].ok) report.ready = false;
  });
  return report;
}

/** Compares the migrations the code ships with those applied to the database. */
export function migrationState(
  expected: readonly string[],
  applied: readonly string[],
): ReadinessResult {
  const done = new Set(applied);
  const pending = expected.filter((name) => !done.has(name));
  if (pending.length)
    return { ok: false, detail: `${pending.length} migration(s) not applied, first ${pending[0]}` };
  const known = new Set(expected);
  const newer = applied.filter((name) => !known.has(name));
  // A newer release migrated already (rolling deploy): still ready, noted.
  return {
    ok: true,
    detail: newer.length
      ? `at ${expected.at(-1) ?? 'none'}; database has ${newer.length} newer`
      : `at ${expected.at(-1) ?? 'none'}`,
  };
}
