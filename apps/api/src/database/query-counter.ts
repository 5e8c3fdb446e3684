import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts SQL statements sent through TypeORM. Enabled with
 * SQL_QUERY_COUNTING=true; tests read it to prove list queries do not grow
 * with the page size.
 */
export class QueryCounter implements TypeOrmLogger {
  private count = 0;
  private statements: string[] = [];

  logQuery(query: string): void {
    if (/^\s*(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) return;
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  reset(): void {
    this.count = 0;
    this.statements = [];
  }
  get total(): number {
    return this.count;
  }
  get recorded(): readonly string[] {
    return this.statements;
  }
}

export const queryCounter = new QueryCounter();
