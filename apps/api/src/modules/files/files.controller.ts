import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { ParseIdPipe } from '../../common/ids/parse-id.pipe';
import { toFileModel } from './files.mapper';
import type { FileModel } from './graphql/file.model';
import { FilesService } from './files.service';
import { discardSpool } from './upload-spool';
import type { SpooledUpload } from './upload-spool';

/**
 * POST /files (multipart field `file`, optional `altText` for images) and
 * GET /files/:id. Authenticated by the global session guard (bearer or
 * cookie); mutations then reference the returned id.
 */
@Controller('files')
@UseFilters(DomainExceptionFilter)
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: SpooledUpload | undefined,
    @Body('altText') altText?: string,
  ): Promise<FileModel> {
    try {
      return toFileModel(
        await this.files.upload(user, file, typeof altText === 'string' ? altText : undefined),
      );
    } finally {
      await discardSpool(file);
    }
  }

  @Get(':id')
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { file, stream } = await this.files.download(user, id);
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.originalName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
