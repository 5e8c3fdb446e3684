import { DomainException } from './domain.exception';
import type { ErrorCategory } from './error-category';

/** One code's row in a feature's error table: its category, default message and the input field it names. */
export type ErrorSpec = readonly [category: ErrorCategory, message: string, field?: string];

/**
 * The base class of a feature's exception, built from its error table: every
 * code of the enum maps to a row (the compiler enforces it), and a throw may
 * replace the default message or field. Features subclass it:
 * `export class FooException extends domainExceptionFrom(FOO_ERRORS) {}`.
 */
export function domainExceptionFrom<Code extends string>(table: Record<Code, ErrorSpec>) {
  return class extends DomainException {
    constructor(
      code: Code,
      message?: string,
      field?: string,
      fieldErrors?: { field: string; message: string }[],
    ) {
      const [category, defaultMessage, defaultField] = table[code];
      super(code, category, message ?? defaultMessage, field ?? defaultField, fieldErrors);
    }
  };
}
