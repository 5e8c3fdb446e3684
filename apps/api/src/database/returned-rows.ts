// The helpers live in common (which may not import database) so that common's
// contribution points use them too; repositories keep importing them from here.
export { returnedRows, updateReturning } from '../common/sql/returned-rows';
export type { SqlRunner } from '../common/sql/returned-rows';
