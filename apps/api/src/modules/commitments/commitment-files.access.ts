import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { FilesService } from '../files/files.service';
import { COMMITMENT_UPDATE_FILE_OWNER } from './commitment-evidence.service';
import { CommitmentsRepository } from './commitments.repository';

/**
 * Downloads of files attached to a progress update follow the commitment:
 * the tracker is public, so every signed-in member may download them while
 * the update exists (the files module never serves anonymous downloads).
 */
@Injectable()
export class CommitmentFilesAccess implements OnModuleInit {
  constructor(
    private readonly files: FilesService,
    private readonly repo: CommitmentsRepository,
  ) {}

  onModuleInit(): void {
    this.files.registerOwnerAccess(COMMITMENT_UPDATE_FILE_OWNER, async (_user, updateId) =>
      this.repo.updateExists(updateId),
    );
  }
}
