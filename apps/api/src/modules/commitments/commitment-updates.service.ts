import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { DirectoryRepository } from '../directory/directory.repository';
import { isoDate, nextUpdateDue } from './commitment-schedule';
import { CommitmentEvidenceService } from './commitment-evidence.service';
import { commitmentFacts } from './commitment-facts';
import { realDate } from './commitment-dates';
import type { AddCommitmentUpdateInput } from './graphql/commitment.inputs';
import { CommitmentsErrorCode as Code, CommitmentsException } from './commitments.exception';
import { canUpdateCommitment } from './commitments.policy';
import { CommitmentsRepository } from './commitments.repository';

/** Progress updates: dated, with a RAG status, a narrative and evidence. */
@Injectable()
export class CommitmentUpdatesService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly evidence: CommitmentEvidenceService,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds a dated progress update with its evidence, and moves the next due
   * date on from the latest update. Evidence must be visible to the actor;
   * files are attached to the update. Returns the commitment's id.
   */
  async add(actor: AuthUser, input: AddCommitmentUpdateInput): Promise<string> {
    const commitment = await this.repo.findById(input.commitmentId);
    if (!commitment) throw new CommitmentsException(Code.NotFound);
    const facts = await commitmentFacts(this.repo, this.directory, commitment);
    if (!canUpdateCommitment(actor, facts)) throw new CommitmentsException(Code.NotAllowedToUpdate);
    if (!realDate(input.reportedOn)) throw new CommitmentsException(Code.BadDate);
    if (input.reportedOn > isoDate(this.clock.now()))
      throw new CommitmentsException(Code.FutureUpdate);
    const evidence = await this.evidence.resolve(actor, input.evidence ?? []);
    await this.repo.transaction(async (manager) => {
      const locked = await this.repo.lockById(manager, commitment.id);
      if (!locked) throw new CommitmentsException(Code.NotFound);
      const update = await this.repo.insertUpdate(
        manager,
        {
          commitmentId: locked.id,
          reportedOn: input.reportedOn,
          status: input.status,
          narrative: input.narrative.trim(),
          progressValue: input.progressValue ?? null,
          createdById: actor.id,
        },
        evidence,
      );
      await this.evidence.attachFiles(manager, actor, update.id, evidence);
      const last = await this.repo.lastReportedOn(manager, locked.id);
      await this.repo.setNextUpdateDue(
        manager,
        locked.id,
        nextUpdateDue(locked.cadence, isoDate(locked.createdAt), last),
      );
    });
    return commitment.id;
  }
}
