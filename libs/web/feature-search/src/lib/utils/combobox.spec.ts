import { describe, expect, it } from '@jest/globals';
import { comboboxKey, suggestionsStatus } from './combobox';

const open = (active: number, count = 3) => ({ open: true, active, count });

describe('comboboxKey', () => {
  it('ArrowDown moves down and wraps to the first option', () => {
    expect(comboboxKey(open(-1), 'ArrowDown')).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey(open(0), 'ArrowDown')).toEqual({ kind: 'move', active: 1 });
    expect(comboboxKey(open(2), 'ArrowDown')).toEqual({ kind: 'move', active: 0 });
  });

  it('ArrowUp moves up, from the first option back to the input, and from the input to the last', () => {
    expect(comboboxKey(open(2), 'ArrowUp')).toEqual({ kind: 'move', active: 1 });
    expect(comboboxKey(open(0), 'ArrowUp')).toEqual({ kind: 'move', active: -1 });
    expect(comboboxKey(open(-1), 'ArrowUp')).toEqual({ kind: 'move', active: 2 });
  });

  it('Enter picks the highlighted option, and otherwise submits the search', () => {
    expect(comboboxKey(open(1), 'Enter')).toEqual({ kind: 'pick', index: 1 });
    expect(comboboxKey(open(-1), 'Enter')).toEqual({ kind: 'default' });
    expect(comboboxKey(open(5), 'Enter')).toEqual({ kind: 'default' });
  });

  it('Escape closes the list', () => {
    expect(comboboxKey(open(1), 'Escape')).toEqual({ kind: 'close' });
  });

  it('does nothing special while the list is closed or empty, or for other keys', () => {
    expect(comboboxKey({ open: false, active: -1, count: 3 }, 'ArrowDown')).toEqual({
      kind: 'default',
    });
    expect(comboboxKey({ open: false, active: 1, count: 3 }, 'Enter')).toEqual({ kind: 'default' });
    expect(comboboxKey({ open: true, active: -1, count: 0 }, 'ArrowDown')).toEqual({
      kind: 'default',
    });
    expect(comboboxKey(open(0), 'a')).toEqual({ kind: 'default' });
    expect(comboboxKey(open(0), 'Tab')).toEqual({ kind: 'default' });
  });
});

describe('suggestionsStatus', () => {
  it('announces how many suggestions there are', () => {
    expect(suggestionsStatus(5)).toMatch(/^5 results available\./);
    expect(suggestionsStatus(1)).toMatch(/^1 result available\./);
    expect(suggestionsStatus(0)).toBe('No suggestions');
  });
});
