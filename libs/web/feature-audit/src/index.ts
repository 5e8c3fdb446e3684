// Public API of @mic/web-feature-audit.
export { AuditFilterForm } from './lib/components/AuditFilterForm';
export type { AuditFilterFormProps } from './lib/components/AuditFilterForm';
export { AuditTable } from './lib/components/AuditTable';
export type { AuditTableEntry, AuditTableProps } from './lib/components/AuditTable';
export {
  AUDIT_PAGE_SIZE,
  auditCsvHref,
  auditExportApiPath,
  auditFilter,
  auditHref,
  formatAuditTime,
  parseAuditParams,
} from './lib/utils/audit-params';
export type { AuditParamError, AuditParams } from './lib/utils/audit-params';
