import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';

import { badInput } from '../errors/domain.exception';
import { isUuid, malformedIdMessage } from './uuid';

/**
 * For REST route params that are ids (`@Param('id', ParseIdPipe)`): a
 * malformed id is 400 BAD_USER_INPUT naming the param, before any query runs.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (isUuid(value)) return value;
    const field = metadata.data ?? 'id';
    throw badInput(malformedIdMessage(field), field);
  }
}
