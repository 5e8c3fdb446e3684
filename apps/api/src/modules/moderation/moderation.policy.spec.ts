import { canModerate, shouldAutoHide } from './moderation.policy';

describe('moderation.policy', () => {
  it('should auto-hide at 3 verified flaggers and not before', () => {
    expect(shouldAutoHide(2, false)).toBe(false);
    expect(shouldAutoHide(3, false)).toBe(true);
    expect(shouldAutoHide(4, true)).toBe(false);
  });

  it('should not let moderators act on their own comments', () => {
    expect(canModerate('m', { authorId: 'm' })).toBe(false);
    expect(canModerate('m', { authorId: 'a' })).toBe(true);
  });
});
