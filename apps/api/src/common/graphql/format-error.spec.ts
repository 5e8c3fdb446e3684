import { GraphQLError } from 'graphql';

import { badInput, conflict, notFound } from '../errors/domain.exception';
import { JsonLogger, setAppLogger } from '../logging/json-logger';
import { formatGraphqlError } from './format-error';

const formatted = (message = 'x') => ({ message, path: ['field'] });

describe('formatGraphqlError', () => {
  beforeAll(() => setAppLogger(new JsonLogger('silent')));

  it('should keep domain exception categories, messages and fields', () => {
    const wrapped = new GraphQLError('ignored', { originalError: badInput('Too short.', 'name') });
    expect(formatGraphqlError(formatted(), wrapped)).toMatchObject({
      message: 'Too short.',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    expect(formatGraphqlError(formatted(), new GraphQLError('x', { originalError: notFound('The thing') })).extensions?.code).toBe('NOT_FOUND');
    expect(formatGraphqlError(formatted(), new GraphQLError('x', { originalError: conflict('Taken.') })).extensions?.code).toBe('CONFLICT');
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
