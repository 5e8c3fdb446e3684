import { Module, RequestMethod } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';

import { fileStorageConfig, uploadConfig } from '../../config/app.config';
import { AzureBlobFileStorage } from './storage/azure-blob-file-storage';
import { FILE_STORAGE, LocalDiskFileStorage } from './storage/file-storage';
import type { FileStorage } from './storage/file-storage';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesResolver } from './files.resolver';
import { FilesService } from './files.service';
import { FilesPersonalData } from './files.personal-data';
import { GeneratedFilesService } from './generated-files.service';
import { closeWhenAnsweredEarly, limitedStreamHandler } from './upload-body-limit';
import { spoolingStorage } from './upload-spool';
import { ClamdScanner } from './scanning/clamd-scanner';
import { MALWARE_SCANNER, NoopScanner } from './scanning/malware-scanner';
import type { MalwareScanner } from './scanning/malware-scanner';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [uploadConfig.KEY],
      // The file part is spooled to a private temporary file (hashed and
      // probed on the way), never buffered in memory; the stream handler
      // answers 413 as soon as the body passes the limit.
      useFactory: (config: ConfigType<typeof uploadConfig>) => ({
        storage: spoolingStorage,
        limits: { fileSize: config.maxBytes, files: 1, fields: 5, fieldSize: 8 * 1024, parts: 8 },
        streamHandler: limitedStreamHandler(config.maxBytes),
      }),
    }),
  ],
  controllers: [FilesController],
  providers: [
    FilesRepository,
    FilesResolver,
    FilesService,
    GeneratedFilesService,
    FilesPersonalData,
    {
      provide: FILE_STORAGE,
      inject: [fileStorageConfig.KEY],
      useFactory: async (config: ConfigType<typeof fileStorageConfig>): Promise<FileStorage> => {
        if (config.kind === 'local') return new LocalDiskFileStorage(config.localDir);
        // Validated config guarantees the connection string when kind is azure.
        const azure = new AzureBlobFileStorage(
          config.azureConnectionString ?? '',
          config.azureContainer,
        );
        await azure.ensureContainer();
        return azure;
      },
    },
    {
      provide: MALWARE_SCANNER,
      inject: [uploadConfig.KEY],
      useFactory: (config: ConfigType<typeof uploadConfig>): MalwareScanner =>
        config.clamavUrl ? new ClamdScanner({ url: config.clamavUrl }) : new NoopScanner(),
    },
  ],
  exports: [FilesRepository, FilesService, GeneratedFilesService],
})
export class FilesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(closeWhenAnsweredEarly).forRoutes({ path: 'files', method: RequestMethod.POST });
  }
}
