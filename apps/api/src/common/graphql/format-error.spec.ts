import { GraphQLError } from 'graphql';

import { badInput, conflict, DomainException, notFound } from '../errors/domain.exception';
import { ErrorCategory } from '../errors/error-category';
import { JsonLogger, setAppLogger } from '../logging/json-logger';
import { formatGraphqlError } from './format-error';

const formatted = (message = 'x') => ({ message, path: ['field'] });

describe('formatGraphqlError', () => {
  beforeAll(() => setAppLogger(new JsonLogger('silent')));

  it('should keep domain exception categories, messages and fields', () => {
    const wrapped = new GraphQLError('ignored', { originalError: badInput('Too short.', 'name') });
    expect(formatGraphqlError(formatted(), wrapped)).toMatchObject({
      message: 'Too short.',
      extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'BAD_INPUT' },
    });
    expect(formatGraphqlError(formatted(), new GraphQLError('x', { originalError: notFound('The thing') })).extensions?.code).toBe('NOT_FOUND');
    expect(formatGraphqlError(formatted(), new GraphQLError('x', { originalError: conflict('Taken.') })).extensions?.code).toBe('CONFLICT');
  });

  it('should carry the domain code next to the category', () => {
    const versionConflict = new DomainException('CASE_STUDY_VERSION_CONFLICT', ErrorCategory.Conflict, 'Someone else saved first.');
    expect(formatGraphqlError(formatted(), new GraphQLError('x', { originalError: versionConflict })).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'CASE_STUDY_VERSION_CONFLICT',
    });
  });

  it('should treat request-level GraphQL errors as BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope"');
    expect(formatGraphqlError({ message: error.message }, error).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should mask unexpected errors without leaking internals', () => {
    const error = new GraphQLError('boom', { originalError: new Error('relation "secret_table" does not exist') });
    const result = formatGraphqlError(formatted('relation "secret_table" does not exist'), error);
    expect(result.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.message).not.toMatch(/secret_table/);
  });
});

describe('formatGraphqlError (hygiene)', () => {
  beforeAll(() => setAppLogger(new JsonLogger('silent')));

  it('should map an unreachable database to SERVICE_UNAVAILABLE without internals', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const result = formatGraphqlError(formatted(refused.message), new GraphQLError(refused.message, { originalError: refused }));
    expect(result.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.message).not.toMatch(/ECONNREFUSED|5432/);
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const wrapped = Object.assign(new Error('query failed'), { driverError: shutdown });
    expect(formatGraphqlError(formatted(), new GraphQLError('x', { originalError: wrapped })).extensions?.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });

  it('should never echo a variable value graphql-js quoted in a coercion message', () => {
    const message = 'Variable "$input" got invalid value { email: 1, password: "hunter2-secret" } at "input.email"; String cannot represent a non string value: 1';
    const error = new GraphQLError(message);
    const result = formatGraphqlError({ message }, error);
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.message).toBe('Variable "$input" has an invalid value.');
    expect(JSON.stringify(result)).not.toMatch(/hunter2/);
  });
});

describe('formatGraphqlError (database data exceptions)', () => {
  beforeAll(() => setAppLogger(new JsonLogger('silent')));

  it('should answer a value PostgreSQL refused as BAD_USER_INPUT without the driver message', () => {
    const outOfRange = Object.assign(new Error('value "1e999" is out of range for type real'), { code: '22003' });
    const result = formatGraphqlError(formatted(outOfRange.message), new GraphQLError('x', { originalError: outOfRange }));
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.message).not.toMatch(/1e999|real/);
  });

  it('should answer a malformed uuid (22P02) and other class-22 SQLSTATEs as BAD_USER_INPUT, never INTERNAL', () => {
    for (const code of ['22P02', '22001', '22007', '22008', '22021']) {
      const driverError = Object.assign(new Error('invalid input syntax for type uuid: "nope"'), { code });
      const queryFailed = Object.assign(new Error('QueryFailedError'), { driverError });
      const result = formatGraphqlError(formatted(), new GraphQLError('x', { originalError: queryFailed }));
      expect(result.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.message).not.toMatch(/nope|uuid/);
    }
  });
});
