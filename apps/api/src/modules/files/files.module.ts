import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';

import { uploadConfig } from '../../config/app.config';
import { FILE_STORAGE, LocalDiskFileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesService } from './files.service';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [uploadConfig.KEY],
      // No `dest`: multer keeps the single file in memory, refusing more than the limit (413).
      useFactory: (config: ConfigType<typeof uploadConfig>) => ({
        limits: { fileSize: config.maxBytes, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [FilesController],
  providers: [
    FilesRepository,
    FilesService,
    {
      provide: FILE_STORAGE,
      inject: [uploadConfig.KEY],
      useFactory: (config: ConfigType<typeof uploadConfig>) => new LocalDiskFileStorage(config.dir),
    },
  ],
  exports: [FilesRepository, FilesService],
})
export class FilesModule {}
