import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

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
