import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain.exception';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import { DirectoryRepository } from '../directory/directory.repository';
import { EventsService } from '../events/events.service';
import { MetricsRepository } from '../metrics/metrics.repository';
import { UsersRepository } from '../users/users.repository';
import { EvidenceKind } from './commitment.enums';
import { isoDate, nextUpdateDue } from './commitment-schedule';
import type { CommitmentEntity } from './entities/commitment.entity';
import type {
  AddCommitmentUpdateInput,
  CommitmentEvidenceInput,
  CommitmentsArgs,
  CreateCommitmentInput,
} from './graphql/commitment.inputs';
import type { CommitmentModel } from './graphql/commitment.model';
import { toCommitmentModel } from './commitments.mapper';
import type { CommitmentLookups } from './commitments.mapper';
import { CommitmentsErrorCode as Code, CommitmentsException } from './commitments.exception';
import { canCreateCommitment, canUpdateCommitment } from './commitments.policy';
import type { CommitmentRow } from './commitments.repository';
import { CommitmentsRepository } from './commitments.repository';

const NONE = '00000000-0000-0000-0000-000000000000';

function realDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === date;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The commitments tracker: commitments, their progress updates and evidence. */
@Injectable()
export class CommitmentsService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly users: UsersRepository,
    private readonly metrics: MetricsRepository,
    private readonly caseStudies: CaseStudiesService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return isoDate(this.clock.now());
  }

  /** A page of commitments; anyone may read the tracker. */
  async list(viewer: AuthUser | null, args: CommitmentsArgs): Promise<Connection<CommitmentModel>> {
    const page = pageRequest(args);
    const f = args.filter ?? {};
    let organisationIds: string[] | undefined;
    if (f.icsOdsCode) {
      const [orgs] = await this.directory.findOrganisationsPage(
        { icsOdsCode: f.icsOdsCode },
        { limit: 5000, offset: 0 },
      );
      organisationIds = orgs.map((o) => o.id);
    }
    if (f.organisationId) {
      organisationIds = organisationIds
        ? organisationIds.filter((id) => id === f.organisationId)
        : [f.organisationId];
    }
    const [rows, total] = await this.repo.findPage(
      {
        organisationIds: organisationIds
          ? organisationIds.length
            ? organisationIds
            : [NONE]
          : undefined,
        themeKey: f.themeKey ?? undefined,
        status: f.status ?? undefined,
        overdue: f.overdue ?? undefined,
        today: this.today(),
      },
      page,
    );
    const lookups = await this.lookups(viewer, rows.slice(0, page.limit));
    return toConnection(rows, total, page, (row) => toCommitmentModel(row, lookups));
  }

  /** One commitment, or NOT_FOUND. */
  async byId(viewer: AuthUser | null, id: string): Promise<CommitmentModel> {
    const [rows] = await this.repo.findPage(
      { ids: [id], today: this.today() },
      { limit: 1, offset: 0 },
    );
    if (!rows.length) throw new CommitmentsException(Code.NotFound);
    return toCommitmentModel(rows[0], await this.lookups(viewer, rows));
  }

  /** Makes a commitment; the actor becomes its owner. */
  async create(actor: AuthUser, input: CreateCommitmentInput): Promise<CommitmentModel> {
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
    const today = this.today();
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
    return this.byId(actor, saved.id);
  }

  /**
   * Adds a dated progress update with its evidence, and moves the next due
   * date on from the latest update. Evidence must be visible to the actor.
   */
  async addUpdate(actor: AuthUser, input: AddCommitmentUpdateInput): Promise<CommitmentModel> {
    const commitment = await this.repo.findById(input.commitmentId);
    if (!commitment) throw new CommitmentsException(Code.NotFound);
    await this.assertCanUpdate(actor, commitment);
    if (!realDate(input.reportedOn)) throw new CommitmentsException(Code.BadDate);
    const today = this.today();
    if (input.reportedOn > today) throw new CommitmentsException(Code.FutureUpdate);
    const evidence = await this.resolveEvidence(actor, input.evidence ?? []);
    await this.repo.transaction(async (manager) => {
      const locked = await this.repo.lockById(manager, commitment.id);
      if (!locked) throw new CommitmentsException(Code.NotFound);
      await this.repo.insertUpdate(
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
      const last = await this.repo.lastReportedOn(manager, locked.id);
      const createdOn = isoDate(locked.createdAt);
      await this.repo.setNextUpdateDue(
        manager,
        locked.id,
        nextUpdateDue(locked.cadence, createdOn, last),
      );
    });
    return this.byId(actor, commitment.id);
  }

  private async assertCanUpdate(actor: AuthUser, c: CommitmentEntity): Promise<void> {
    const orgs = await this.repo.findOrganisations([c.id]);
    const organisationIds = orgs.map((o) => o.organisationId);
    const icsIds = (await this.directory.findIcsLinks(organisationIds)).map((l) => l.icsId);
    if (!canUpdateCommitment(actor, { ownerId: c.ownerId, organisationIds, icsIds })) {
      throw new CommitmentsException(Code.NotAllowedToUpdate);
    }
  }

  private async resolveEvidence(
    actor: AuthUser,
    items: CommitmentEvidenceInput[],
  ): Promise<{ kind: EvidenceKind; targetId: string | null; url: string | null; title: string }[]> {
    const out: {
      kind: EvidenceKind;
      targetId: string | null;
      url: string | null;
      title: string;
    }[] = [];
    for (const [index, item] of items.entries()) {
      const field = `evidence[${index}]`;
      switch (item.kind) {
        case EvidenceKind.CASE_STUDY: {
          if (!item.targetId) throw new CommitmentsException(Code.EvidenceNotFound, field);
          try {
            const cs = await this.caseStudies.visibleById(actor, item.targetId);
            out.push({
              kind: item.kind,
              targetId: cs.id,
              url: `/case-studies/${cs.slug}`,
              title: cs.title,
            });
          } catch (error) {
            if (error instanceof DomainException)
              throw new CommitmentsException(Code.EvidenceNotFound, field);
            throw error;
          }
          break;
        }
        case EvidenceKind.EVENT: {
          const event = item.targetId ? await this.events.event(actor, item.targetId) : null;
          if (!event) throw new CommitmentsException(Code.EvidenceNotFound, field);
          out.push({
            kind: item.kind,
            targetId: event.id,
            url: `/events/${event.id}`,
            title: event.title,
          });
          break;
        }
        case EvidenceKind.LINK: {
          const title = item.title?.trim();
          const url = item.url?.trim();
          if (!title || !url || !isHttpUrl(url)) {
            throw new CommitmentsException(Code.EvidenceIncomplete, field);
          }
          out.push({ kind: item.kind, targetId: null, url, title });
          break;
        }
        default:
          throw new CommitmentsException(Code.EvidenceKindNotSupported, field);
      }
    }
    return out;
  }

  /** Names, labels and permissions for a page of commitments, in a constant number of statements. */
  private async lookups(
    viewer: AuthUser | null,
    rows: CommitmentRow[],
  ): Promise<CommitmentLookups> {
    const ids = rows.map((r) => r.commitment.id);
    const [orgLinks, themeLinks, themes, metrics] = await Promise.all([
      this.repo.findOrganisations(ids),
      this.repo.findThemes(ids),
      this.directory.findThemes(),
      rows.some((r) => r.commitment.metricKey) ? this.metrics.findMetrics() : Promise.resolve([]),
    ]);
    const orgIds = [...new Set(orgLinks.map((l) => l.organisationId))];
    const [orgs, icsLinks, owners] = await Promise.all([
      this.directory.findOrganisationsByIds(orgIds),
      orgIds.length ? this.directory.findIcsLinks(orgIds) : Promise.resolve([]),
      this.users.contactsByIds(rows.map((r) => r.commitment.ownerId)),
    ]);
    return {
      viewer,
      today: this.today(),
      organisations: orgLinks,
      organisationNames: new Map(orgs.map((o) => [o.id, o.name])),
      icsIdsByOrganisation: icsLinks.reduce((m, l) => {
        m.set(l.organisationId, [...(m.get(l.organisationId) ?? []), l.icsId]);
        return m;
      }, new Map<string, string[]>()),
      themes: themeLinks,
      themeLabels: new Map(themes.map((t) => [t.key, t.label])),
      ownerNames: new Map(owners.map((o) => [o.id, o.name])),
      metrics: new Map(metrics.map((m) => [m.key, m])),
    };
  }
}
