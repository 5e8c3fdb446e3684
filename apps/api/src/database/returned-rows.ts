/**
 * The rows of a raw `UPDATE … RETURNING` or `DELETE … RETURNING`. TypeORM's
 * PostgreSQL driver answers those with `[rows, affectedCount]`, and other
 * statements with plain rows; every repository reads them through this.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
