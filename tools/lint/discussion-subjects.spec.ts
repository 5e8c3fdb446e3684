// Discussion subjects are a contribution point (issue #12): discussions own the
// interface (modules/discussions/subjects/discussion-subject.ts) and find the
// providers at boot; case studies, events and toolkits each contribute theirs.
// Proves discussions import none of them, and that each contributes a provider
// registered in its own module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '..', '..', 'apps/api/src');
const discussions = path.join(src, 'modules/discussions');
const SUBJECT_MODULES = ['case-studies', 'events', 'toolkits'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier a file imports (static, type-only, re-export, dynamic, require). */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) specifiers.push(m[1]);
  return specifiers;
}

/** The subject modules (case-studies, events, toolkits) that a file under discussions reaches. */
function subjectModulesReached(file: string, source: string): string[] {
  return importsOf(source)
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(path.join(src, 'modules'), path.resolve(path.dirname(file), s)))
    .map((rel) => rel.split(path.sep)[0])
    .filter((mod) => SUBJECT_MODULES.includes(mod));
}

describe('discussion subjects', () => {
  it('discussions import no case-studies, events or toolkits file (not even types)', () => {
    const reached = walk(discussions).flatMap((file) =>
      subjectModulesReached(file, readFileSync(file, 'utf8')).map(
        (mod) => `${path.relative(src, file)} -> ${mod}`,
      ),
    );
    expect(reached).toEqual([]);
  });

  it('would catch a planted import of a subject module', () => {
    const file = path.join(discussions, 'subjects/zz-planted.ts');
    expect(
      subjectModulesReached(
        file,
        [
          "import { EventsRepository } from '../../events/events.repository';",
          "import type { ToolkitEntity } from '../../toolkits/entities/toolkit.entity';",
          "export { CaseStudyStatus } from '../../case-studies/case-study.enums';",
          "import { DirectoryRepository } from '../../directory/directory.repository';",
        ].join('\n'),
      ),
    ).toEqual(['events', 'toolkits', 'case-studies']);
  });

  it.each([
    [
      'case-studies',
      'case-studies.discussion-subject.ts',
      'case-studies.module.ts',
      ['CASE_STUDY'],
    ],
    ['events', 'events.discussion-subject.ts', 'events.module.ts', ['EVENT']],
    [
      'toolkits',
      'toolkits.discussion-subject.ts',
      'toolkits.module.ts',
      ['TOOLKIT', 'TOOLKIT_SECTION'],
    ],
  ])(
    '%s contributes its own @DiscussionSubject provider, registered in its module',
    (mod, file, moduleFile, types) => {
      const provider = readFileSync(path.join(src, 'modules', mod, file), 'utf8');
      const decorator = /@DiscussionSubject\(\{\s*types:\s*\[([^\]]*)\]/.exec(provider);
      expect(decorator).not.toBeNull();
      expect([...(decorator?.[1] ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1])).toEqual(types);
      const className = /export class (\w+)/.exec(provider)?.[1] ?? '';
      const moduleSource = readFileSync(path.join(src, 'modules', mod, moduleFile), 'utf8');
      expect(moduleSource).toContain(`from './${file.replace(/\.ts$/, '')}'`);
      expect(moduleSource).toMatch(new RegExp(`providers:\\s*\\[[^\\]]*\\b${className}\\b`));
    },
  );
});
