import { assertScopeAllows, READ_ONLY_TOKEN_MESSAGE } from './access-scope.guard';
import { testAuthUser } from './auth-user.testing';

describe('assertScopeAllows', () => {
  const session = testAuthUser();
  const read = testAuthUser({ accessToken: { id: 't1', scope: 'READ' } });
  const readWrite = testAuthUser({ accessToken: { id: 't2', scope: 'READ_WRITE' } });

  it('should let anyone read', () => {
    for (const user of [null, undefined, session, read, readWrite]) {
      expect(() => assertScopeAllows(user, false)).not.toThrow();
    }
  });

  it('should let sessions and READ_WRITE tokens change things', () => {
    expect(() => assertScopeAllows(session, true)).not.toThrow();
    expect(() => assertScopeAllows(readWrite, true)).not.toThrow();
    expect(() => assertScopeAllows(null, true)).not.toThrow();
  });

  it('should refuse a change made with a READ token, saying why', () => {
    expect(() => assertScopeAllows(read, true)).toThrow(READ_ONLY_TOKEN_MESSAGE);
  });
});
