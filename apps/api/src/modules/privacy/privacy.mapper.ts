import type { AccountDeletionEntity } from './entities/account-deletion.entity';
import type { DataExportEntity } from './entities/data-export.entity';
import type {
  AccountDeletionModel,
  DataExportModel,
  DataExportStatusEnum,
} from './graphql/privacy.models';

/** The web path that serves an export's ZIP (it forwards to the API's /data-exports/:id/download). */
export function exportDownloadPath(id: string): string {
  return `/account/privacy/exports/${id}/download`;
}

export function toDataExportModel(
  entity: DataExportEntity,
  downloadable: boolean,
): DataExportModel {
  return {
    id: entity.id,
    status: entity.status as DataExportStatusEnum,
    progress: entity.progress,
    downloadUrl: downloadable ? exportDownloadPath(entity.id) : null,
    expiresAt: entity.expiresAt,
    requestedAt: entity.createdAt,
  };
}

export function toAccountDeletionModel(entity: AccountDeletionEntity): AccountDeletionModel {
  return { id: entity.id, requestedAt: entity.requestedAt, scheduledFor: entity.scheduledFor };
}
