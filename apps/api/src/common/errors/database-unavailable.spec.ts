import { GraphQLError } from 'graphql';

import { badInput } from './domain.exception';
import { isDatabaseDataException, isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('should recognise refused connections, shutdowns and lost connections', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        withCode('57P01', 'terminating connection due to administrator command'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
  });

  it("should recognise PgBouncer's errors while PostgreSQL is down (SQLSTATE 08P01)", () => {
    expect(
      isDatabaseUnavailable(
        withCode('08P01', 'server login has been failing, try again later (server_login_retry)'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(withCode('08P01', 'query_wait_timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('query_wait_timeout'))).toBe(true);
    const queryFailed = Object.assign(new Error('server conn crashed?'), {
      driverError: withCode('08P01', 'server conn crashed?'),
    });
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: queryFailed }))).toBe(true);
  });

  it('should look through GraphQL, TypeORM and cause wrappers', () => {
    const driverError = withCode('57P01');
    const queryFailed = Object.assign(new Error('query failed'), { driverError });
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: queryFailed }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('ECONNREFUSED') }))).toBe(
      true,
    );
  });

  it('should not treat bad statements, constraint violations or client mistakes as an outage', () => {
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('42P01', 'relation "x" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(badInput('Too short.'))).toBe(false);
    expect(isDatabaseUnavailable(new GraphQLError('Cannot query field "x"'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe('isDatabaseDataException', () => {
  it('should recognise values PostgreSQL refused (class 22), not other failures', () => {
    expect(isDatabaseDataException(withCode('22003', 'value out of range'))).toBe(true);
    expect(
      isDatabaseDataException(
        new GraphQLError('x', {
          originalError: Object.assign(new Error('q'), { driverError: withCode('22021') }),
        }),
      ),
    ).toBe(true);
    expect(isDatabaseDataException(withCode('23505'))).toBe(false);
    expect(isDatabaseDataException(withCode('ECONNREFUSED'))).toBe(false);
  });
});
