// A small Dockerfile reader (no Docker engine runs where this is developed): joins continued
// lines, drops comments and parser directives, and groups instructions into build stages.
// Enough for structure checks; it does not expand ARG or ENV values.

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const instructions: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return; // comments inside a continued instruction
    if (!pending) startLine = index + 1;
    const continued = line.endsWith('\\');
    pending += (pending ? ' ' : '') + (continued ? line.slice(0, -1).trim() : line);
    if (continued) return;
    const match = /^([A-Za-z]+)\s*(.*)$/.exec(pending);
    if (match)
      instructions.push({
        keyword: match[1].toUpperCase(),
        args: match[2].trim(),
        line: startLine,
      });
    pending = '';
  });
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const parts = instruction.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      const as = parts.findIndex((p) => p.toUpperCase() === 'AS');
      stages.push({ image: parts[0], name: as > 0 ? parts[as + 1] : undefined, instructions: [] });
    } else if (stages.length) {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return stages;
}

/** Flags of a COPY/ADD (`--from=build`, `--chown=...`) and its sources and destination. */
export function copyParts(args: string): {
  flags: Record<string, string>;
  sources: string[];
  destination: string;
} {
  let words: string[];
  if (args.startsWith('[')) words = JSON.parse(args) as string[];
  else words = args.split(/\s+/);
  const flags: Record<string, string> = {};
  while (words[0]?.startsWith('--')) {
    const [key, value = ''] = words.shift()!.slice(2).split('=');
    flags[key] = value;
  }
  return { flags, sources: words.slice(0, -1), destination: words[words.length - 1] ?? '' };
}

/** The user a USER instruction names, without its group. */
export function userOf(args: string): string {
  return args.split(':')[0].trim();
}
