// `npm test`: every tier in order, then one closing line "N passed, N failed".
//   static   typecheck (tsc --noEmit), lint, codegen drift (each a gate, counted as a failure if it fails)
//   unit     Jest, no database
//   int      Jest, full API over HTTP against real PostgreSQL
//   cluster  Jest against the production-like cluster (PgBouncer, 2 API + 2 web replicas, HAProxy; tools/cluster)
//   e2e      Jest + playwright-core in Debian Chromium against the stack started as `npm start` does
// `node tools/test/run-all.mjs unit|int|cluster|e2e|static` runs one tier.
// The whole run starts with two lanes side by side (the machine has two cores and tsc, eslint
// and the unit tiers each use about one): typecheck then the unit tiers, and lint then the
// production builds the cluster and e2e tiers need. Each step's output is printed in one
// block when it ends, so the log reads as if they ran one after another.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const only = process.argv[2];
const countsDir = path.join(root, 'tmp');
mkdirSync(countsDir, { recursive: true });
const countsFile = path.join(countsDir, `test-counts-${process.pid}.txt`);
rmSync(countsFile, { force: true });

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  TEST_COUNTS_FILE: countsFile,
  FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
};

/** Runs one step; `buffered` keeps its output until it ends (for steps run side by side). */
function run(label, command, args, { buffered = false, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks = [];
    if (!buffered) console.log(`\n=== ${label} ===`);
    const child = spawn(command, args, {
      cwd: root,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...env, ...extraEnv },
    });
    if (buffered) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (buffered) process.stdout.write(`\n=== ${label} (ran alongside another step) ===\n${Buffer.concat(chunks).toString('utf8')}`);
      console.log(`=== ${label}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s ===`);
      resolve(code === 0);
    });
  });
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const gates = [];
const tiers = [];

const wants = (tier) => !only || only === tier;

const typecheck = () => run('typecheck (tsc --noEmit)', 'npm', ['run', '--silent', 'typecheck'], { buffered: !only });
const lint = () => run('lint (eslint, module boundaries)', 'npm', ['run', '--silent', 'lint'], { buffered: !only });
const unitTiers = async () => {
  const buffered = !only;
  tiers.push(['unit', await run('unit tests (api)', bin('jest'), ['-c', 'apps/api/jest.config.cjs', '--ci'], { buffered })]);
  tiers.push(['unit-web', await run('unit tests (web libs)', bin('jest'), ['-c', 'libs/web/jest.config.cjs', '--ci'], { buffered })]);
  tiers.push(['architecture', await run('architecture (boundaries bite)', bin('jest'), ['-c', 'tools/jest.config.cjs', '--ci'], { buffered })]);
};

if (wants('static')) {
  // These two rewrite or read generated files that typecheck reads: before the lanes start.
  gates.push(['nhsuk css', await run('self-hosted NHS CSS is current', process.execPath, ['apps/web/scripts/build-nhsuk-css.mjs', '--check'])]);
  gates.push(['codegen drift', await run('codegen output matches apps/api/schema.gql', process.execPath, ['tools/test/check-codegen.mjs'])]);
}
if (!only) {
  // Lane 1: typecheck, then the unit tiers. Lane 2: lint, then (once typecheck is done: next build
  // rewrites .next/types, which the web typecheck reads) the builds the later tiers reuse.
  const typed = typecheck();
  const lane1 = (async () => {
    gates.push(['typecheck', await typed]);
    await unitTiers();
  })();
  const lane2 = (async () => {
    gates.push(['lint', await lint()]);
    await typed;
    gates.push(['web build', await run('production build of the web app (reused by the cluster and e2e tiers)', process.execPath, ['tools/build/build-web.mjs'], { buffered: true })]);
  })();
  await Promise.all([lane1, lane2]);
} else {
  if (wants('static')) {
    gates.push(['typecheck', await typecheck()]);
    gates.push(['lint', await lint()]);
  }
  if (wants('unit')) await unitTiers();
}
if (wants('int')) {
  tiers.push(['integration', await run('API integration tests (real PostgreSQL)', bin('jest'), ['-c', 'apps/api/jest.int.config.cjs', '--ci'])]);
}
if (wants('cluster')) {
  tiers.push(['cluster', await run('production-like cluster (PgBouncer, replicas, HAProxy)', bin('jest'), ['-c', 'tools/cluster/jest.config.cjs', '--ci'])]);
}
if (wants('e2e')) {
  tiers.push(['e2e', await run('end-to-end journeys (Chromium)', bin('jest'), ['-c', 'apps/web-e2e/jest.config.cjs', '--ci'])]);
}

let passed = 0;
let failed = 0;
const reported = new Set();
if (existsSync(countsFile)) {
  for (const line of readFileSync(countsFile, 'utf8').trim().split('\n').filter(Boolean)) {
    const [tier, p, f] = line.split(' ');
    reported.add(tier);
    passed += Number(p);
    failed += Number(f);
  }
  rmSync(countsFile, { force: true });
}
for (const [name, ok] of tiers) {
  // A tier that crashed before reporting still counts as a failure.
  if (!ok && !reported.has(name)) failed += 1;
}
for (const [name, ok] of gates) {
  if (!ok) {
    console.log(`gate failed: ${name}`);
    failed += 1;
  }
}
const anyFailed = failed > 0 || tiers.some(([, ok]) => !ok) || gates.some(([, ok]) => !ok);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(anyFailed ? 1 : 0);
