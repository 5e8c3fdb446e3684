import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import type { AuthUser } from '../../common/auth/auth-user';
import { uploadConfig } from '../../config/app.config';
import type { StoredFileEntity } from './entities/stored-file.entity';
import { detectFileType, extensionOf } from './file-type';
import { FILE_STORAGE } from './file-storage';
import type { FileStorage } from './file-storage';
import { FilesErrorCode, FilesException } from './files.exception';
import { canDownload } from './files.policy';
import { FilesRepository } from './files.repository';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Whether a user may see the content that owns a file (registered by the owning module). */
export type OwnerAccessCheck = (user: AuthUser, ownerId: string) => Promise<boolean>;

/** Uploads (checked by content and size) and access-checked downloads. */
@Injectable()
export class FilesService {
  private readonly ownerAccess = new Map<string, OwnerAccessCheck>();

  constructor(
    private readonly repo: FilesRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(uploadConfig.KEY) private readonly config: ConfigType<typeof uploadConfig>,
  ) {}

  async upload(
    user: AuthUser,
    file: UploadedFile | undefined,
    altText?: string,
  ): Promise<StoredFileEntity> {
    if (!file || !file.size) throw new FilesException(FilesErrorCode.NoFile);
    if (file.size > this.config.maxBytes) throw new FilesException(FilesErrorCode.TooLarge);
    if (altText && altText.length > 500) throw new FilesException(FilesErrorCode.AltTextTooLong);
    const extension = extensionOf(file.originalname);
    const detected = detectFileType(file.buffer, extension);
    if (!detected) throw new FilesException(FilesErrorCode.UnsupportedType);
    if (!detected.extensions.includes(extension))
      throw new FilesException(FilesErrorCode.ExtensionMismatch);
    const storageKey = randomUUID();
    await this.storage.put(storageKey, file.buffer);
    const name = file.originalname.replace(/[\\/\0\r\n"]/g, '_').slice(0, 255);
    return this.repo.insert({
      uploadedById: user.id,
      originalName: name,
      contentType: detected.mime,
      extension,
      sizeBytes: file.size,
      storageKey,
      altText: detected.image ? altText?.trim() || null : null,
      ownerType: null,
      ownerId: null,
    });
  }

  /**
   * Lets the module owning files of `ownerType` decide who downloads them
   * (so this module needs no import of it, and no cycle).
   */
  registerOwnerAccess(ownerType: string, check: OwnerAccessCheck): void {
    this.ownerAccess.set(ownerType, check);
  }

  /** 404 both when missing and when not allowed: no one learns a file exists. */
  async download(
    user: AuthUser,
    id: string,
  ): Promise<{ file: StoredFileEntity; stream: Readable }> {
    const file = /^[0-9a-f-]{36}$/i.test(id) ? await this.repo.findById(id) : null;
    const check =
      file?.ownerType && file.ownerId ? this.ownerAccess.get(file.ownerType) : undefined;
    const ownerAllows = !!file?.ownerId && !!check && (await check(user, file.ownerId));
    if (!file || !canDownload(user, file, ownerAllows))
      throw new FilesException(FilesErrorCode.NotFound);
    if (file.ownerType && file.uploadedById !== user.id)
      await this.repo.recordDownload(file.id, user.id);
    return { file, stream: this.storage.read(file.storageKey) };
  }
}
