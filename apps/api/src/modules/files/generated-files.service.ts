import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { StoredFileEntity } from './entities/stored-file.entity';
import { FILE_STORAGE } from './storage/file-storage';
import type { FileStorage } from './storage/file-storage';
import { FilesRepository } from './files.repository';

export interface GeneratedFile {
  /** Whose file it is (the only person who may download it through /files). */
  ownerUserId: string;
  name: string;
  contentType: string;
  extension: string;
  data: Buffer;
  /** What the file belongs to, e.g. `DATA_EXPORT` and the export's id. */
  ownerType: string;
  ownerId: string;
}

/**
 * Files the application makes for someone (data exports), kept in the same
 * storage as uploads. Not scanned or inspected: nothing in them came in as a
 * file. The owning feature serves and deletes them.
 */
@Injectable()
export class GeneratedFilesService {
  constructor(
    private readonly repo: FilesRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async store(file: GeneratedFile): Promise<StoredFileEntity> {
    const storageKey = randomUUID();
    await this.storage.put(storageKey, Readable.from([file.data]), {
      contentType: file.contentType,
      size: file.data.length,
    });
    return this.repo.insert({
      uploadedById: file.ownerUserId,
      originalName: file.name.slice(0, 255),
      contentType: file.contentType,
      extension: file.extension,
      sizeBytes: file.data.length,
      storageKey,
      altText: null,
      ownerType: file.ownerType,
      ownerId: file.ownerId,
    });
  }

  /** The file's metadata and bytes; null when it is gone. */
  async open(fileId: string): Promise<{ file: StoredFileEntity; stream: Readable } | null> {
    const file = await this.repo.findById(fileId);
    if (!file) return null;
    return { file, stream: this.storage.read(file.storageKey) };
  }

  /** A stream of a stored file's bytes by storage key (the caller has the row). */
  openSync(storageKey: string): Readable {
    return this.storage.read(storageKey);
  }

  /** Removes bytes whose rows were deleted in a transaction that has committed. */
  async removeKeys(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.storage.remove(key);
  }

  /** Deletes the files' rows (in `manager`'s transaction when given) and then their bytes. */
  async remove(fileIds: readonly string[], manager?: EntityManager): Promise<void> {
    const keys = await this.repo.deleteByIds(fileIds, manager);
    for (const key of keys) await this.storage.remove(key);
  }
}
