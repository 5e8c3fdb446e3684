import { ErrorCategory } from './error-category';

/**
 * Base class for every expected failure. Feature modules subclass it with
 * their own code enum and a Record<code, ErrorCategory> so the compiler
 * enforces that every code maps to a category.
 */
export class DomainException extends Error {
  constructor(
    readonly code: string,
    readonly category: ErrorCategory,
    message: string,
    readonly field?: string,
    readonly fieldErrors?: { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export function badInput(
  message: string,
  field?: string,
  fieldErrors?: { field: string; message: string }[],
): DomainException {
  return new DomainException('BAD_INPUT', ErrorCategory.BadUserInput, message, field, fieldErrors);
}

export function notFound(what: string): DomainException {
  return new DomainException('NOT_FOUND', ErrorCategory.NotFound, `${what} was not found.`);
}

export function forbidden(message = 'You do not have permission to do that.'): DomainException {
  return new DomainException('FORBIDDEN', ErrorCategory.Forbidden, message);
}

export function unauthenticated(message = 'You need to sign in to do that.'): DomainException {
  return new DomainException('UNAUTHENTICATED', ErrorCategory.Unauthenticated, message);
}

export function conflict(message: string): DomainException {
  return new DomainException('CONFLICT', ErrorCategory.Conflict, message);
}
