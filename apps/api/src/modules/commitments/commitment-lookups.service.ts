import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { DirectoryRepository } from '../directory/directory.repository';
import { MetricsRepository } from '../metrics/metrics.repository';
import { UsersRepository } from '../users/users.repository';
import type { CommitmentLookups } from './commitments.mapper';
import type { CommitmentRow } from './commitments.repository';
import { CommitmentsRepository } from './commitments.repository';

/** Names, labels and permissions for a page of commitments, in a constant number of statements. */
@Injectable()
export class CommitmentLookupsService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly users: UsersRepository,
    private readonly metrics: MetricsRepository,
  ) {}

  async forRows(
    viewer: AuthUser | null,
    rows: CommitmentRow[],
    today: string,
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
      today,
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
