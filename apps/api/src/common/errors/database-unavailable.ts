/**
 * Recognises "the database is not there" (refused, shut down, restarting,
 * connection lost, pool or connect timeout) as opposed to a bug or a bad
 * statement. Such failures are answered with SERVICE_UNAVAILABLE, HTTP 503
 * and Retry-After instead of INTERNAL_SERVER_ERROR.
 */

/** Seconds a client is told to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is temporarily unavailable. Please try again in a few moments.';

/** Socket-level errors from connecting to or talking with PostgreSQL. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLSTATEs meaning the server cannot serve us now: class 08 (connection
 * exception, including 08P01, which PgBouncer sends for its own errors such as
 * "server login has been failing" and "query_wait_timeout" while PostgreSQL is
 * down), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
 * (starting up or shutting down), 53300 too many connections.
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection (is )?(closed|ended)/i,
  /Client has encountered a connection error and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  // PgBouncer (transaction pooling) while PostgreSQL is unreachable, should its error lack a SQLSTATE.
  /query_wait_timeout|server login has been failing|server conn crashed|pgbouncer cannot connect to server/i,
];

function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  let current: unknown = error;
  for (let i = 0; i < 5 && typeof current === 'object' && current !== null; i += 1) {
    out.push(current);
    const next =
      (current as { originalError?: unknown }).originalError ??
      (current as { driverError?: unknown }).driverError ??
      (current as { cause?: unknown }).cause;
    if (next === current) break;
    current = next;
  }
  return out;
}

/** True when `error` (or what it wraps) says the database is unreachable or going away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const item of causes(error)) {
    const code = (item as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    // AggregateError (e.g. ECONNREFUSED on both ::1 and 127.0.0.1).
    const errors = (item as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e))) return true;
    const message = (item as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) {
      return true;
    }
  }
  return false;
}

/**
 * SQLSTATE class 22 (data exception: numeric value out of range, invalid
 * text representation, NUL byte in text, bad datetime…): PostgreSQL refused a
 * value the client sent that got past validation. Answered as BAD_USER_INPUT
 * (a safety net: inputs should be checked before they reach the database).
 */
export function isDatabaseDataException(error: unknown): boolean {
  return causes(error).some((item) => {
    const code = (item as { code?: unknown }).code;
    return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
  });
}

export const DATA_EXCEPTION_MESSAGE =
  'A value in the request is out of range or not in a form we can store. Check the values and try again.';
