// Compiles apps/api/src and libs/shared/util/src to dist/ with swc (about 1 s).
// Relative layout is kept, so the rewritten path aliases stay valid.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const swc = require('@swc/core');
const { swcOptions, root } = require('./swc-options.cjs');

const sources = ['apps/api/src', 'libs/shared/util/src'];
const outDir = path.join(root, 'dist');

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield full;
    else if (entry.name.endsWith('.json')) yield full;
  }
}

export async function buildApi() {
  const started = Date.now();
  await rm(path.join(outDir, 'apps', 'api'), { recursive: true, force: true });
  await rm(path.join(outDir, 'libs'), { recursive: true, force: true });
  let count = 0;
  for (const source of sources) {
    for await (const file of walk(path.join(root, source))) {
      const rel = path.relative(root, file);
      const target = path.join(outDir, rel.replace(/\.ts$/, '.js'));
      await mkdir(path.dirname(target), { recursive: true });
      if (file.endsWith('.json')) {
        const { readFile } = await import('node:fs/promises');
        await writeFile(target, await readFile(file));
        continue;
      }
      const options = { ...swcOptions(), filename: file, outputPath: target };
      const result = await swc.transformFile(file, options);
      await writeFile(target, result.code + `\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      if (result.map) await writeFile(target + '.map', result.map);
      count += 1;
    }
  }
  return { count, ms: Date.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { count, ms } = await buildApi();
  console.log(`api: compiled ${count} files to dist/ in ${ms} ms`);
}
