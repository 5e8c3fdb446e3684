import { describe, expect, it } from '@jest/globals';

import { diffWords, revisionSteps } from './diff';

const join = (parts: ReturnType<typeof diffWords>, keep: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === keep)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('marks the changed words and keeps the rest', () => {
    const parts = diffWords('We met on Monday at noon', 'We met on Tuesday at noon');
    expect(parts).toEqual([
      { kind: 'same', text: 'We met on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
      { kind: 'same', text: ' at noon' },
    ]);
  });

  it('rebuilds both versions exactly from its parts', () => {
    const before = 'one two  three\nfour five';
    const after = 'zero one three\nfour six five seven';
    const parts = diffWords(before, after);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
  });

  it('handles empty and identical texts', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }]);
    expect(diffWords('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });

  it('shows a very long rewrite as replaced whole instead of working for ever', () => {
    const before = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(before, after);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
  });
});

describe('revisionSteps', () => {
  it('pairs each earlier body with the one that replaced it, newest edit first', () => {
    const steps = revisionSteps('third', [
      { body: 'second', replacedAt: '2026-01-02T00:00:00Z' },
      { body: 'first', replacedAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(steps).toEqual([
      { editedAt: '2026-01-02T00:00:00Z', before: 'second', after: 'third' },
      { editedAt: '2026-01-01T00:00:00Z', before: 'first', after: 'second' },
    ]);
    expect(revisionSteps('only', [])).toEqual([]);
  });
});
