import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

import { ALT_TEXT_MAX_LENGTH } from '@mic/shared-util';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import type { AuthUser } from '../../common/auth/auth-user';
import { appLogger } from '../../common/logging/json-logger';
import { uploadConfig } from '../../config/app.config';
import { ContentRefusal } from './content/content-refusal';
import { inspectContent, refusalForUnknown } from './content/inspect-content';
import type { StoredFileEntity } from './entities/stored-file.entity';
import { FALLBACK_FILE_NAME, sanitiseFileName } from './file-name';
import { ALLOWED_EXTENSIONS, detectFileType, extensionOf } from './file-type';
import type { DetectedType } from './file-type';
import { FILE_STORAGE } from './file-storage';
import type { FileStorage } from './file-storage';
import { FilesErrorCode, FilesException, ScanUnavailableException } from './files.exception';
import { canDownload } from './files.policy';
import { FilesRepository } from './files.repository';
import { MALWARE_SCANNER } from './scanning/malware-scanner';
import type { MalwareScanner, ScanResult } from './scanning/malware-scanner';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** What the upload forms tell people before they choose a file. */
export interface UploadPolicy {
  maxBytes: number;
  allowedExtensions: string[];
  virusScanned: boolean;
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
    @Inject(MALWARE_SCANNER) private readonly scanner: MalwareScanner,
  ) {}

  policy(): UploadPolicy {
    return {
      maxBytes: this.config.maxBytes,
      allowedExtensions: ALLOWED_EXTENSIONS,
      virusScanned: this.scanner.scans,
    };
  }

  async upload(
    user: AuthUser,
    file: UploadedFile | undefined,
    altText?: string,
  ): Promise<StoredFileEntity> {
    if (!file || !file.size) throw new FilesException(FilesErrorCode.NoFile);
    if (file.size > this.config.maxBytes) throw new FilesException(FilesErrorCode.TooLarge);
    if (altText && altText.length > ALT_TEXT_MAX_LENGTH)
      throw new FilesException(FilesErrorCode.AltTextTooLong);
    const cleaned = sanitiseFileName(file.originalname);
    const detected = detectFileType(file.buffer, extensionOf(cleaned));
    if (!detected) {
      const refusal = refusalForUnknown(file.buffer);
      throw new FilesException(
        refusal ? FilesErrorCode[refusal.reason] : FilesErrorCode.UnsupportedType,
      );
    }
    await this.inspect(file.buffer, detected);
    const name =
      cleaned === FALLBACK_FILE_NAME ? `${FALLBACK_FILE_NAME}.${detected.extensions[0]}` : cleaned;
    const extension = extensionOf(name);
    if (!detected.extensions.includes(extension))
      throw new FilesException(FilesErrorCode.ExtensionMismatch);
    const verdict = await this.scan(file.buffer);
    if (!verdict.clean) {
      appLogger().write('warn', 'upload refused: malware found', {
        userId: user.id,
        signature: verdict.signature,
      });
      throw new FilesException(FilesErrorCode.Infected);
    }
    const storageKey = randomUUID();
    await this.storage.put(storageKey, file.buffer);
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

  private async inspect(data: Buffer, detected: DetectedType): Promise<void> {
    try {
      await inspectContent(data, detected);
    } catch (error) {
      if (error instanceof ContentRefusal) throw new FilesException(FilesErrorCode[error.reason]);
      throw error;
    }
  }

  /** Fail closed: no verdict, no upload. */
  private async scan(data: Buffer): Promise<ScanResult> {
    try {
      return await this.scanner.scan(data);
    } catch (error) {
      appLogger().write('error', 'malware scan failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      throw new ScanUnavailableException();
    }
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
    const file = await this.repo.findById(id);
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
