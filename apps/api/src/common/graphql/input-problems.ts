import { TypeMetadataStorage } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { problems } from '../http/validation.pipe';
import type { FieldProblem } from './id-validation.plugin';

let classesByName: Map<string, new () => object> | undefined;

/** The @InputType class behind a GraphQL input type name (code-first: one class per name). */
function inputClassNamed(name: string): (new () => object) | undefined {
  if (!classesByName) {
    classesByName = new Map();
    for (const meta of TypeMetadataStorage.getInputTypesMetadata()) {
      if (!meta.isAbstract && !classesByName.has(meta.name)) {
        classesByName.set(meta.name, meta.target as new () => object);
      }
    }
  }
  return classesByName.get(name);
}

/**
 * What the validation pipe would say about an input-object argument (its
 * class-validator rules), for idValidationPlugin to report with a malformed id.
 */
export async function classValidatorProblems(
  inputTypeName: string,
  value: unknown,
): Promise<FieldProblem[]> {
  const target = inputClassNamed(inputTypeName);
  if (!target || typeof value !== 'object' || value === null) return [];
  const instance = plainToInstance(target, value);
  return problems(await validate(instance, { whitelist: true, forbidUnknownValues: false }));
}
