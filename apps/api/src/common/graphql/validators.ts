import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/**
 * An optional list of short strings: at most `maxItems` entries, each at most
 * `maxLength` characters. The GraphQL @Field stays on the property.
 */
export function OptionalStringList(maxItems: number, maxLength: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
  );
}

/**
 * A list of nested input objects: at most `maxItems` entries, each validated
 * as an instance of `type()`; `optional` lets it be left out. The GraphQL
 * @Field stays on the property.
 */
export function NestedList(
  type: () => Function,
  maxItems: number,
  { optional = false }: { optional?: boolean } = {},
): PropertyDecorator {
  return applyDecorators(
    ...(optional ? [IsOptional()] : []),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(type),
  );
}
