import { proxyAuditExport } from '../../../../../lib/audit/audit-export';

/** The filtered audit log as CSV (regional and ICS admins; the API answers 403 to anyone else and audits the export). */
export async function GET(request: Request): Promise<Response> {
  return proxyAuditExport(request);
}
