import { Module, RequestMethod } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';

import { uploadConfig } from '../../config/app.config';
import { FILE_STORAGE, LocalDiskFileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesResolver } from './files.resolver';
import { FilesService } from './files.service';
import { FilesPersonalData } from './files.personal-data';
import { GeneratedFilesService } from './generated-files.service';
import { closeWhenAnsweredEarly, limitedStreamHandler } from './upload-body-limit';
import { ClamdScanner } from './scanning/clamd-scanner';
import { MALWARE_SCANNER, NoopScanner } from './scanning/malware-scanner';
import type { MalwareScanner } from './scanning/malware-scanner';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [uploadConfig.KEY],
      // No `dest`: multer keeps the single file in memory (at most the limit);
      // the stream handler answers 413 as soon as the body passes the limit.
      useFactory: (config: ConfigType<typeof uploadConfig>) => ({
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
      inject: [uploadConfig.KEY],
      useFactory: (config: ConfigType<typeof uploadConfig>) => new LocalDiskFileStorage(config.dir),
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
