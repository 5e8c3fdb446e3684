import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';

import { ALT_TEXT_MAX_LENGTH } from '@mic/shared-util';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import type { AuthUser } from '../../common/auth/auth-user';
import { appLogger } from '../../common/logging/json-logger';
import { uploadConfig } from '../../config/app.config';
import { ContentRefusal } from './content/content-refusal';
import { inspectContent, needsStructureCheck, refusalForUnknown } from './content/inspect-content';
import { isOle } from './content/ole-inspect';
import type { StoredFileEntity } from './entities/stored-file.entity';
import { FALLBACK_FILE_NAME, sanitiseFileName } from './file-name';
import {
  ALLOWED_EXTENSIONS,
  detectByMagic,
  detectFileType,
  detectText,
  extensionOf,
  isZip,
} from './file-type';
import type { DetectedType } from './file-type';
import { FILE_STORAGE } from './storage/file-storage';
import type { FileStorage } from './storage/file-storage';
import { FilesErrorCode, FilesException, ScanUnavailableException } from './files.exception';
import { canDownload } from './files.policy';
import { FilesRepository } from './files.repository';
import { MALWARE_SCANNER } from './scanning/malware-scanner';
import type { MalwareScanner, ScanResult } from './scanning/malware-scanner';
import type { SpooledUpload } from './upload-spool';

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

  /**
   * Checks a spooled upload and streams it to the store. Type and size come
   * from what was measured while it spooled; only PDF, PNG and Office files
   * are read whole for their structure checks (at most UPLOAD_MAX_BYTES);
   * the scanner and the store read the spool file as a stream.
   */
  async upload(
    user: AuthUser,
    file: SpooledUpload | undefined,
    altText?: string,
  ): Promise<StoredFileEntity> {
    if (!file || !file.size) throw new FilesException(FilesErrorCode.NoFile);
    if (file.size > this.config.maxBytes) throw new FilesException(FilesErrorCode.TooLarge);
    if (altText && altText.length > ALT_TEXT_MAX_LENGTH)
      throw new FilesException(FilesErrorCode.AltTextTooLong);
    const cleaned = sanitiseFileName(file.originalname);
    const detected = await this.detect(file, extensionOf(cleaned));
    await this.inspect(file, detected);
    const name =
      cleaned === FALLBACK_FILE_NAME ? `${FALLBACK_FILE_NAME}.${detected.extensions[0]}` : cleaned;
    const extension = extensionOf(name);
    if (!detected.extensions.includes(extension))
      throw new FilesException(FilesErrorCode.ExtensionMismatch);
    const verdict = await this.scan(file.path);
    if (!verdict.clean) {
      appLogger().write('warn', 'upload refused: malware found', {
        userId: user.id,
        signature: verdict.signature,
      });
      throw new FilesException(FilesErrorCode.Infected);
    }
    const storageKey = randomUUID();
    await this.storage.put(storageKey, createReadStream(file.path), {
      contentType: detected.mime,
      size: file.size,
    });
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

  private async detect(file: SpooledUpload, extension: string): Promise<DetectedType> {
    let detected = detectByMagic(file.head);
    if (!detected && isZip(file.head))
      detected = detectFileType(await readFile(file.path), extension);
    else if (!detected && file.plainText) detected = detectText(file.head, extension);
    if (detected) return detected;
    const refusal = isOle(file.head) ? refusalForUnknown(await readFile(file.path)) : null;
    throw new FilesException(
      refusal ? FilesErrorCode[refusal.reason] : FilesErrorCode.UnsupportedType,
    );
  }

  private async inspect(file: SpooledUpload, detected: DetectedType): Promise<void> {
    try {
      if (needsStructureCheck(detected)) await inspectContent(await readFile(file.path), detected);
      else if (detected.image && file.activeMarkup) throw new ContentRefusal('EmbeddedMarkup');
    } catch (error) {
      if (error instanceof ContentRefusal) throw new FilesException(FilesErrorCode[error.reason]);
      throw error;
    }
  }

  /** Fail closed: no verdict, no upload. */
  private async scan(path: string): Promise<ScanResult> {
    const bytes = createReadStream(path);
    try {
      return await this.scanner.scan(bytes);
    } catch (error) {
      appLogger().write('error', 'malware scan failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      throw new ScanUnavailableException();
    } finally {
      bytes.destroy();
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
