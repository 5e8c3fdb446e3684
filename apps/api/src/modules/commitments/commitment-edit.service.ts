import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { DirectoryRepository } from '../directory/directory.repository';
import { realDate } from './commitment-dates';
import { commitmentFacts } from './commitment-facts';
import { isoDate, nextUpdateDue } from './commitment-schedule';
import type { CommitmentEntity } from './entities/commitment.entity';
import type { UpdateCommitmentInput } from './graphql/commitment.inputs';
import { CommitmentsErrorCode as Code, CommitmentsException } from './commitments.exception';
import { canCreateCommitment, canEditCommitment } from './commitments.policy';
import { CommitmentsRepository } from './commitments.repository';

/** What the audit log keeps of a commitment before and after a change. */
interface Recorded {
  title: string | null;
  statement: string;
  cadence: string;
  targetValue: number | null;
  targetDate: string | null;
  organisationIds: string[];
  leadOrganisationId: string | null;
}

const given = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/**
 * Changing a commitment: title, statement, organisations and lead, cadence
 * and the target's value and date. Commitments have no version column, so
 * the last change wins; every change is audited with what it was and became.
 */
@Injectable()
export class CommitmentEditService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditService,
  ) {}

  /** Returns the commitment's id. */
  async update(actor: AuthUser, input: UpdateCommitmentInput): Promise<string> {
    const c = await this.repo.findById(input.commitmentId);
    if (!c) throw new CommitmentsException(Code.NotFound);
    const facts = await commitmentFacts(this.repo, this.directory, c);
    if (!canEditCommitment(actor, facts)) throw new CommitmentsException(Code.NotAllowedToEdit);
    const before: Recorded = record(c, [...facts.organisationIds], facts.leadOrganisationId);
    const organisationIds = given(input.organisationIds)
      ? [...new Set(input.organisationIds)]
      : [...facts.organisationIds];
    const lead =
      input.leadOrganisationId ??
      (given(input.organisationIds) ? organisationIds[0] : facts.leadOrganisationId);
    if (!lead || !organisationIds.includes(lead))
      throw new CommitmentsException(Code.LeadNotPartner);
    let icsIds = facts.icsIds;
    if (given(input.organisationIds)) {
      const orgs = await this.directory.findOrganisationsByIds(organisationIds);
      if (orgs.length !== organisationIds.length)
        throw new CommitmentsException(Code.UnknownOrganisation);
      icsIds = (await this.directory.findIcsLinks(organisationIds)).map((l) => l.icsId);
      if (!canCreateCommitment(actor, organisationIds, icsIds))
        throw new CommitmentsException(Code.NotAllowedToEdit);
    }
    const changesTarget = given(input.targetValue) || given(input.targetDate);
    if (changesTarget && !c.metricKey)
      throw new CommitmentsException(Code.IncompleteTarget, 'targetDate');
    if (given(input.targetDate) && !realDate(input.targetDate))
      throw new CommitmentsException(Code.BadDate, 'targetDate');
    const cadence = input.cadence ?? c.cadence;
    const after: Recorded = {
      title: input.title === undefined ? c.title : input.title?.trim() || null,
      statement: given(input.statement) ? input.statement.trim() : c.statement,
      cadence,
      targetValue: given(input.targetValue) ? input.targetValue : c.targetValue,
      targetDate: given(input.targetDate) ? input.targetDate : c.targetDate,
      organisationIds: [...organisationIds].sort(),
      leadOrganisationId: lead,
    };
    if (JSON.stringify(before) === JSON.stringify(after))
      throw new CommitmentsException(Code.NothingToChange);
    await this.repo.transaction(async (manager) => {
      const locked = await this.repo.lockById(manager, c.id);
      if (!locked) throw new CommitmentsException(Code.NotFound);
      const last = await this.repo.lastReportedOn(manager, locked.id);
      await this.repo.updateCommitment(manager, locked.id, {
        title: after.title,
        statement: after.statement,
        cadence: after.cadence as CommitmentEntity['cadence'],
        targetValue: after.targetValue,
        targetDate: after.targetDate,
        nextUpdateDue:
          cadence === locked.cadence
            ? locked.nextUpdateDue
            : nextUpdateDue(cadence, isoDate(locked.createdAt), last),
      });
      if (
        JSON.stringify([before.organisationIds, before.leadOrganisationId]) !==
        JSON.stringify([after.organisationIds, after.leadOrganisationId])
      ) {
        await this.repo.replaceOrganisations(
          manager,
          locked.id,
          organisationIds.map((organisationId) => ({
            organisationId,
            lead: organisationId === lead,
          })),
        );
      }
      await this.audit.record(
        {
          actorId: actor.id,
          actor,
          action: 'commitment.updated',
          targetType: 'commitment',
          targetId: locked.id,
          before: { ...before },
          after: { ...after },
          icsIds: [...new Set([...facts.icsIds, ...icsIds])],
        },
        manager,
      );
    });
    return c.id;
  }
}

function record(
  c: CommitmentEntity,
  organisationIds: string[],
  leadOrganisationId: string | null,
): Recorded {
  return {
    title: c.title,
    statement: c.statement,
    cadence: c.cadence,
    targetValue: c.targetValue,
    targetDate: c.targetDate,
    organisationIds: [...organisationIds].sort(),
    leadOrganisationId,
  };
}
