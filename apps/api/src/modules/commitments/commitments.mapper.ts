import type { AuthUser } from '../../common/auth/auth-user';
import type { MetricEntity } from '../metrics/entities/metric.entity';
import { isOverdue } from './commitment-schedule';
import type { CommitmentOrganisationEntity } from './entities/commitment-organisation.entity';
import type { CommitmentThemeEntity } from './entities/commitment-theme.entity';
import type { CommitmentUpdateEntity } from './entities/commitment-update.entity';
import type { CommitmentUpdateEvidenceEntity } from './entities/commitment-update-evidence.entity';
import type { CommitmentModel, CommitmentUpdateModel } from './graphql/commitment.model';
import { canEditCommitment, canUpdateCommitment } from './commitments.policy';
import type { CommitmentRow } from './commitments.repository';

/** What mapping a page of commitments needs, looked up once for the page. */
export interface CommitmentLookups {
  viewer: AuthUser | null;
  today: string;
  organisations: CommitmentOrganisationEntity[];
  organisationNames: Map<string, string>;
  icsIdsByOrganisation: Map<string, string[]>;
  themes: CommitmentThemeEntity[];
  themeLabels: Map<string, string>;
  ownerNames: Map<string, string>;
  metrics: Map<string, MetricEntity>;
}

export function toCommitmentModel(row: CommitmentRow, l: CommitmentLookups): CommitmentModel {
  const c = row.commitment;
  const orgs = l.organisations
    .filter((o) => o.commitmentId === c.id)
    .sort((a, b) => Number(b.lead) - Number(a.lead));
  const organisationIds = orgs.map((o) => o.organisationId);
  const icsIds = [
    ...new Set(organisationIds.flatMap((id) => l.icsIdsByOrganisation.get(id) ?? [])),
  ];
  const metric = c.metricKey ? l.metrics.get(c.metricKey) : undefined;
  return {
    id: c.id,
    title: c.title,
    statement: c.statement,
    organisations: orgs.map((o) => ({
      id: o.organisationId,
      name: l.organisationNames.get(o.organisationId) ?? 'Unknown organisation',
      lead: o.lead,
    })),
    themes: l.themes
      .filter((t) => t.commitmentId === c.id)
      .map((t) => ({ key: t.themeKey, label: l.themeLabels.get(t.themeKey) ?? t.themeKey })),
    ownerId: c.ownerId,
    ownerName: l.ownerNames.get(c.ownerId) ?? 'Unknown',
    cadence: c.cadence,
    target:
      c.metricKey && c.targetValue !== null && c.targetDate
        ? {
            metricKey: c.metricKey,
            metricLabel: metric?.label ?? c.metricKey,
            unit: metric?.unit ?? '',
            value: c.targetValue,
            targetDate: c.targetDate,
            baseline: c.baseline,
          }
        : null,
    sourceTitle: c.sourceTitle,
    sourceUrl: c.sourceUrl,
    createdAt: c.createdAt,
    nextUpdateDue: c.nextUpdateDue,
    overdue: isOverdue(c.nextUpdateDue, l.today),
    status: row.status,
    lastUpdateOn: row.lastUpdateOn,
    latestProgressValue: row.latestProgressValue,
    viewerCanUpdate: canUpdateCommitment(l.viewer, { ownerId: c.ownerId, organisationIds, icsIds }),
    viewerCanEdit: canEditCommitment(l.viewer, { ownerId: c.ownerId, organisationIds, icsIds }),
  };
}

export function toUpdateModel(
  u: CommitmentUpdateEntity,
  evidence: CommitmentUpdateEvidenceEntity[],
  names: Map<string, string>,
): CommitmentUpdateModel {
  return {
    id: u.id,
    reportedOn: u.reportedOn,
    status: u.status,
    narrative: u.narrative,
    progressValue: u.progressValue,
    createdByName: u.createdById ? (names.get(u.createdById) ?? null) : null,
    createdAt: u.createdAt,
    evidence: evidence.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      url: e.url,
      targetId: e.targetId,
    })),
  };
}
