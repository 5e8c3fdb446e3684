/**
 * A copy of a short string that shares no memory with the text it was cut
 * from (V8 keeps a slice's whole parent string alive, and a parent made by
 * `+` keeps both halves alive: a carried slice would chain every piece).
 */
export const detached = (s: string): string => Buffer.from(s, 'latin1').toString('latin1');

/** White space as a regular expression's `\s` sees it, among Latin-1 characters. */
export const isLatin1Space = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;

/**
 * Tests Latin-1 text that arrives in pieces as if it were one string. Each
 * piece is tested alone, and its start is tested together with the end of
 * the text before it: `overlap` characters each side, so any match of at
 * most `overlap` characters across a piece edge is found. With `run` (a
 * character class that includes the space), a run of such characters
 * counts as one space at the edges, which bounds patterns like `\s*` or
 * `[\s/]+`, as long as one space matches wherever the whole run does.
 */
export class StreamingMatch {
  found = false;
  /** The last `overlap` characters seen (runs counted as one). */
  tail = '';

  constructor(
    private readonly matches: (text: string) => boolean,
    private readonly overlap: number,
    private readonly run?: (code: number) => boolean,
  ) {}

  push(text: string): void {
    if (this.found || text.length === 0) return;
    this.found =
      this.matches(text) ||
      (this.tail !== '' && this.matches(this.tail + this.edge(text, this.overlap, 'start')));
    // Edged twice so a run that continues from the tail into this piece stays one space.
    this.tail = detached(
      this.edge(this.tail + this.edge(text, this.overlap, 'end'), this.overlap, 'end'),
    );
  }

  /** Up to `count` characters from one end of `text`, each run of `run` characters as one space. */
  private edge(text: string, count: number, from: 'start' | 'end'): string {
    if (!this.run) return from === 'start' ? text.slice(0, count) : text.slice(-count);
    return from === 'start'
      ? collapsedHead(text, count, this.run)
      : collapsedTail(text, count, this.run);
  }
}

function collapsedHead(text: string, count: number, run: (code: number) => boolean): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length && kept < count;) {
    const from = i;
    if (run(text.charCodeAt(i))) {
      while (i < text.length && run(text.charCodeAt(i))) i++;
      out += ' ';
      kept++;
    } else {
      while (i < text.length && kept < count && !run(text.charCodeAt(i))) {
        i++;
        kept++;
      }
      out += text.slice(from, i);
    }
  }
  return out;
}

function collapsedTail(text: string, count: number, run: (code: number) => boolean): string {
  let out = '';
  let kept = 0;
  for (let i = text.length; i > 0 && kept < count;) {
    const to = i;
    if (run(text.charCodeAt(i - 1))) {
      while (i > 0 && run(text.charCodeAt(i - 1))) i--;
      out = ' ' + out;
      kept++;
    } else {
      while (i > 0 && kept < count && !run(text.charCodeAt(i - 1))) {
        i--;
        kept++;
      }
      out = text.slice(i, to) + out;
    }
  }
  return out;
}

/** Pushes text to `scan` until it matches or the text ends: whether it matched. */
export async function matchesSomewhere(
  text: AsyncIterable<string>,
  scan: StreamingMatch,
): Promise<boolean> {
  for await (const piece of text) {
    scan.push(piece);
    if (scan.found) return true;
  }
  return false;
}
