import { describe, expect, it } from '@jest/globals';

import { formatBytes } from './format';

describe('formatBytes', () => {
  it('should use bytes, KB and MB', () => {
    expect(formatBytes(12)).toBe('12 bytes');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
