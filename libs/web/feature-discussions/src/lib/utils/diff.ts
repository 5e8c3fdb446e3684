/** One run of a word diff: text both versions share, or text only the newer (added) or older (removed) has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Longest inputs (in tokens) diffed word by word; longer ones are shown as replaced whole. */
const MAX_TOKENS = 2000;

/** Words and the whitespace after them, so joining the tokens gives the text back exactly. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * A word diff from `before` to `after` (longest common subsequence over words
 * and whitespace). Joining the `same` and `removed` parts gives `before`;
 * joining `same` and `added` gives `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Shared head and tail first: most edits touch a small part.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (
    midA.length * midB.length > MAX_TOKENS * MAX_TOKENS ||
    midA.length + midB.length > MAX_TOKENS * 2
  ) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
    const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i -= 1)
      for (let j = m - 1; j >= 0; j -= 1)
        lcs[i][j] =
          midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(parts, 'same', midA[i]);
        i += 1;
        j += 1;
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        push(parts, 'removed', midA[i]);
        i += 1;
      } else {
        push(parts, 'added', midB[j]);
        j += 1;
      }
    }
  }
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}

/** One step of a comment's edit history: the body before and after an edit. */
export interface RevisionStep {
  /** When the older body was replaced (the edit's time). */
  editedAt: string;
  before: string;
  after: string;
}

/**
 * Consecutive pairs from a comment's history: the API lists earlier bodies
 * newest first, and the current body follows the newest of them. Newest edit first.
 */
export function revisionSteps(
  current: string,
  revisions: ReadonlyArray<{ body: string; replacedAt: string }>,
): RevisionStep[] {
  return revisions.map((rev, i) => ({
    editedAt: rev.replacedAt,
    before: rev.body,
    after: i === 0 ? current : revisions[i - 1].body,
  }));
}
