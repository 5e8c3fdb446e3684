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

/** Anything that runs raw SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs a raw `UPDATE`/`DELETE`/`INSERT … RETURNING` and gives back the rows it
 * returned, whatever shape the driver answered in (see `returnedRows`).
 */
export async function updateReturning<T>(
  db: SqlRunner,
  sql: string,
  parameters?: unknown[],
): Promise<T[]> {
  return returnedRows<T>(await db.query(sql, parameters));
}
