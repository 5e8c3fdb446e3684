import { ErrorCategory } from '../../common/errors/error-category';
import { decodeFeedCursor, encodeFeedCursor } from './home-feed.service';

describe('home feed cursors', () => {
  it('should round-trip the last item (instant, source, id)', () => {
    const item = {
      occurredAt: new Date('2026-12-05T10:00:00.123Z'),
      source: 'case-studies',
      id: 'p:1',
    };
    expect(decodeFeedCursor(encodeFeedCursor(item))).toEqual(item);
  });

  it('should read no cursor as the first page', () => {
    expect(decodeFeedCursor(undefined)).toBeNull();
    expect(decodeFeedCursor('')).toBeNull();
  });

  it.each([
    'not base64 at all!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00Z","s"]').toString('base64url'),
    Buffer.from('["yesterday","s","i"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00Z","",""]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00Z",1,"i"]').toString('base64url'),
  ])('should refuse a malformed cursor (%s) as bad input', (cursor) => {
    expect(() => decodeFeedCursor(cursor)).toThrow(
      expect.objectContaining({ category: ErrorCategory.BadUserInput }),
    );
  });
});
