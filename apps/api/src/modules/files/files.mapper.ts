import type { StoredFileEntity } from './entities/stored-file.entity';
import type { FileModel } from './graphql/file.model';

export const toFileModel = (e: StoredFileEntity): FileModel => ({
  id: e.id,
  name: e.originalName,
  contentType: e.contentType,
  sizeBytes: e.sizeBytes,
  altText: e.altText,
  downloadPath: `/files/${e.id}`,
});
