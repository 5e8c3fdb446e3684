import { ValidationPipe } from '@nestjs/common';
import type { ArgumentMetadata } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

import { badInput } from '../errors/domain.exception';

interface FieldProblem {
  field: string;
  message: string;
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return text.endsWith('.') ? text : `${text}.`;
}

/** One problem per field (the first constraint that failed), nested paths dotted. */
export function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length)
      out.push({ field: field.replace(/^input\./, ''), message: sentence(messages[0]) });
    if (error.children?.length) out.push(...problems(error.children, field));
  }
  return out;
}

/** NUL characters in any string or key: PostgreSQL cannot store them in text. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  if (Buffer.isBuffer(value)) return false;
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
}

/** GraphQL's ARGS parameter type (GqlParamtype.ARGS in @nestjs/graphql, not exported from its index). */
const GQL_ARGS = 3;

/**
 * Validates client input only: HTTP body/query/param and GraphQL @Args. Other
 * GraphQL parameters (@Parent, @Context, @Info) are the server's own objects;
 * validating them made class-transformer deep-copy the parent of every
 * @ResolveField call (most of the list queries' allocation and GC time).
 */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // REST input (GraphQL input is checked by inputHygienePlugin before execution).
    if (typeof metadata.type === 'string' && metadata.type !== 'custom' && containsNul(value)) {
      return Promise.reject(
        badInput('The text contains a NUL character (\\u0000), which is not allowed.', metadata.data),
      );
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type = metadata.type as unknown;
    if (typeof type === 'number' && type !== GQL_ARGS) return false;
    return super.toValidate(metadata);
  }
}

/**
 * Validates every input/args class. Failures become BAD_USER_INPUT with the
 * first offending `field` and every field's problem in `fieldErrors`.
 */
export function appValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const list = problems(errors);
      const first = list[0] ?? { field: 'input', message: 'The input is not valid.' };
      return badInput(first.message, first.field, list);
    },
  });
}
