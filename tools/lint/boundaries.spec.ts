// Proves the boundary rules bite: a planted forbidden import fails lint inside
// the API (mic/api-parts, from apps/api/parts.json) and across the web
// libraries (@nx/enforce-module-boundaries), lint fails rather than skips when
// the Nx project graph is missing, and every listed debt is still real.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const eslintBin = path.join(root, 'node_modules', '.bin', 'eslint');

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

function eslint(files: string[], extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): LintResult[] {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'mic-eslint-')), 'results.json');
  const run = spawnSync(eslintBin, ['--format', 'json', '--output-file', out, '--no-warn-ignored', ...extraArgs, ...files], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  let text = '';
  try {
    text = readFileSync(out, 'utf8');
  } catch {
    throw new Error(`eslint did not report (exit ${run.status}): ${run.stderr || run.stdout}`);
  } finally {
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
  return JSON.parse(text) as LintResult[];
}

function messagesFor(results: LintResult[], file: string, ruleId: string): LintMessage[] {
  const result = results.find((r) => r.filePath === path.join(root, file));
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId);
}

/** Writes planted files, runs the callback and always removes them. */
function withPlanted<T>(files: Record<string, string>, run: () => T): T {
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return run();
  } finally {
    for (const file of Object.keys(files)) rmSync(path.join(root, file), { force: true });
  }
}

describe('module boundaries', () => {
  beforeAll(() => {
    // The same first step as `npm run lint`: build and cache the project graph.
    const graph = spawnSync(path.join(root, 'node_modules', '.bin', 'nx'), ['show', 'projects'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    expect(graph.status).toBe(0);
  });

  it('rejects a planted forbidden import inside the API and across the web libraries, and allows a permitted one', () => {
    const apiPlanted = 'apps/api/src/common/zz-planted-boundary.ts';
    const apiAllowed = 'apps/api/src/modules/events/zz-planted-boundary.ts';
    const webPlanted = 'libs/web/ui/src/lib/zz-planted-boundary.ts';
    const results = withPlanted(
      {
        [apiPlanted]: "import { CaseStudiesModule } from '../modules/case-studies/case-studies.module';\n\nexport const planted = CaseStudiesModule;\n",
        [apiAllowed]: "import { CaseStudiesModule } from '../case-studies/case-studies.module';\n\nexport const planted = CaseStudiesModule;\n",
        [webPlanted]: "import * as events from '@mic/web-feature-events';\n\nexport const planted = events;\n",
      },
      () => eslint([apiPlanted, apiAllowed, webPlanted]),
    );
    const api = messagesFor(results, apiPlanted, 'mic/api-parts');
    expect(api.map((m) => m.message)).toEqual([expect.stringMatching(/^common may not import practice/)]);
    expect(messagesFor(results, apiAllowed, 'mic/api-parts')).toEqual([]);
    const web = messagesFor(results, webPlanted, '@nx/enforce-module-boundaries');
    expect(web).toHaveLength(1);
    expect(web[0].message).toMatch(/tagged with "type:ui" can only depend on libs tagged with "type:util"/);
  });

  it('fails instead of skipping when the Nx project graph cannot be read', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'mic-no-graph-'));
    try {
      const file = 'libs/web/ui/src/index.ts';
      const results = eslint([file], [], { NX_WORKSPACE_DATA_DIRECTORY: empty, NX_CACHE_DIRECTORY: empty });
      const missing = messagesFor(results, file, 'mic/require-project-graph');
      expect(missing).toHaveLength(1);
      expect(missing[0].message).toMatch(/project graph could not be read/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('lists only debts that still occur (remove a debt from apps/api/parts.json once it is paid)', () => {
    const parts = JSON.parse(readFileSync(path.join(root, 'apps/api/parts.json'), 'utf8')) as {
      debts: { from: string; to: string[] }[];
    };
    // Only the parts rule, without type information (fast), against the map minus its debts.
    const dir = mkdtempSync(path.join(tmpdir(), 'mic-parts-'));
    const withoutDebts = path.join(dir, 'parts.json');
    writeFileSync(withoutDebts, JSON.stringify({ ...parts, debts: [] }));
    const config = path.join(dir, 'eslint.config.mjs');
    writeFileSync(
      config,
      [
        `import tseslint from ${JSON.stringify(require.resolve('typescript-eslint'))};`,
        `import mic from ${JSON.stringify(path.join(root, 'tools/lint/mic-eslint-plugin.mjs'))};`,
        `export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { mic },`,
        `  rules: { 'mic/api-parts': ['error', { partsFile: ${JSON.stringify(withoutDebts)} }] } }];`,
      ].join('\n'),
    );
    const files = parts.debts.map((d) => `apps/api/src/${d.from}`);
    const results = eslint(files, ['--config', config]);
    rmSync(dir, { recursive: true, force: true });
    for (const debt of parts.debts) {
      const base = path.join(root, 'apps/api/src', debt.from);
      const reached = new Set(
        results
          .filter((r) => r.filePath === base || r.filePath.startsWith(base + path.sep))
          .flatMap((r) => r.messages.filter((m) => m.ruleId === 'mic/api-parts'))
          .map((m) => /may not import (\w+)/.exec(m.message)?.[1]),
      );
      expect({ debt: debt.from, reaches: [...reached].sort() }).toEqual({ debt: debt.from, reaches: [...debt.to].sort() });
    }
  });
});
