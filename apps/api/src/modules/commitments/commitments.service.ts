import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { DirectoryRepository } from '../directory/directory.repository';
import { MetricsRepository } from '../metrics/metrics.repository';
import { realDate } from './commitment-dates';
import { isoDate, nextUpdateDue } from './commitment-schedule';
import type { CreateCommitmentInput } from './graphql/commitment.inputs';
import { CommitmentsErrorCode as Code, CommitmentsException } from './commitments.exception';
import { canCreateCommitment } from './commitments.policy';
import { CommitmentsRepository } from './commitments.repository';

/** Making commitments. Reading is CommitmentsQueryService; progress CommitmentUpdatesService; changes CommitmentEditService. */
@Injectable()
export class CommitmentsService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly metrics: MetricsRepository,
    private readonly clock: Clock,
  ) {}

  /** Makes a commitment; the actor becomes its owner. Returns its id. */
  async create(actor: AuthUser, input: CreateCommitmentInput): Promise<string> {
    const organisationIds = [...new Set(input.organisationIds)];
    const lead = input.leadOrganisationId ?? organisationIds[0];
    if (!organisationIds.includes(lead)) throw new CommitmentsException(Code.LeadNotPartner);
    const orgs = await this.directory.findOrganisationsByIds(organisationIds);
    if (orgs.length !== organisationIds.length)
      throw new CommitmentsException(Code.UnknownOrganisation);
    const icsIds = (await this.directory.findIcsLinks(organisationIds)).map((l) => l.icsId);
    if (!canCreateCommitment(actor, organisationIds, icsIds)) {
      throw new CommitmentsException(Code.NotAllowedToCreate);
    }
    const themeKeys = [...new Set(input.themeKeys)];
    const known = new Set((await this.directory.findThemes()).map((t) => t.key));
    if (themeKeys.some((k) => !known.has(k))) throw new CommitmentsException(Code.UnknownTheme);
    const hasTarget = [input.metricKey, input.targetValue, input.targetDate].filter(
      (v) => v !== null && v !== undefined && v !== '',
    ).length;
    if (hasTarget !== 0 && hasTarget !== 3) throw new CommitmentsException(Code.IncompleteTarget);
    if (input.metricKey && !(await this.metrics.findMetric(input.metricKey))) {
      throw new CommitmentsException(Code.UnknownMetric);
    }
    if (input.targetDate && !realDate(input.targetDate)) {
      throw new CommitmentsException(Code.BadDate, 'targetDate');
    }
    const today = isoDate(this.clock.now());
    const saved = await this.repo.transaction((manager) =>
      this.repo.insertCommitment(
        manager,
        {
          title: input.title?.trim() || null,
          statement: input.statement.trim(),
          ownerId: actor.id,
          cadence: input.cadence,
          metricKey: hasTarget ? (input.metricKey as string) : null,
          targetValue: hasTarget ? (input.targetValue as number) : null,
          targetDate: hasTarget ? (input.targetDate as string) : null,
          baseline: hasTarget ? (input.baseline ?? null) : null,
          sourceTitle: input.sourceTitle?.trim() || null,
          sourceUrl: input.sourceUrl?.trim() || null,
          createdById: actor.id,
          nextUpdateDue: nextUpdateDue(input.cadence, today, null),
        },
        organisationIds.map((organisationId) => ({
          organisationId,
          lead: organisationId === lead,
        })),
        themeKeys,
      ),
    );
    return saved.id;
  }
}
