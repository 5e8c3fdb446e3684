import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';

import { badInput, conflict, forbidden } from '../errors/domain.exception';
import { mapHttpError } from './http-error';

describe('mapHttpError', () => {
  it('should keep domain categories and messages', () => {
    expect(mapHttpError(forbidden())).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(mapHttpError(conflict('Taken.'))).toMatchObject({ status: 409, code: 'CONFLICT', message: 'Taken.' });
  });

  it('should answer a database outage with 503 SERVICE_UNAVAILABLE and Retry-After', () => {
    const answer = mapHttpError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(answer).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', unexpected: false });
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(answer.message).not.toMatch(/ECONNREFUSED|5432/);
  });

  it('should map client mistakes to 4xx, never 500', () => {
    expect(mapHttpError(new NotFoundException('Cannot GET /x'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(mapHttpError(new PayloadTooLargeException())).toMatchObject({ status: 413, code: 'BAD_USER_INPUT', message: 'The file is too large.' });
    expect(mapHttpError(new BadRequestException('Unexpected token } in JSON at position 3'))).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'The request body is not valid JSON.',
    });
    const parserError = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
      expose: true,
    });
    expect(mapHttpError(parserError)).toMatchObject({ status: 413, code: 'BAD_USER_INPUT' });
  });

  it('should mask anything else as a 500 without details', () => {
    const answer = mapHttpError(new Error('relation "secret_table" does not exist'));
    expect(answer).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR', unexpected: true });
    expect(answer.message).not.toMatch(/secret_table/);
  });

  it('should answer a malformed uuid (22P02) and other class-22 SQLSTATEs as 400 BAD_USER_INPUT', () => {
    for (const code of ['22P02', '22001', '22003', '22007']) {
      const driverError = Object.assign(new Error('invalid input syntax for type uuid: "nope"'), { code });
      const answer = mapHttpError(Object.assign(new Error('QueryFailedError'), { driverError }));
      expect(answer).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', unexpected: false });
      expect(answer.message).not.toMatch(/nope|uuid/);
    }
  });

  it('should carry the field of a bad input (e.g. a malformed id param)', () => {
    expect(mapHttpError(badInput('Not an id.', 'id'))).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'id' });
  });
});
