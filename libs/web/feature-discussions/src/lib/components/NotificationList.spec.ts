import { describe, expect, it } from '@jest/globals';

import { unreadTotal } from './NotificationList';

describe('unreadTotal', () => {
  it('should never say fewer are unread than the list marks New', () => {
    expect(unreadTotal([{ read: false }, { read: true }], 0)).toBe(1);
  });

  it('should keep the API count when unread ones are beyond the listed page', () => {
    expect(unreadTotal([{ read: false }], 60)).toBe(60);
    expect(unreadTotal([], 0)).toBe(0);
  });
});
