import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { DirectoryRepository } from '../directory/directory.repository';
import { isoDate } from './commitment-schedule';
import { CommitmentLookupsService } from './commitment-lookups.service';
import type { CommitmentsArgs } from './graphql/commitment.inputs';
import type { CommitmentModel } from './graphql/commitment.model';
import { toCommitmentModel } from './commitments.mapper';
import { CommitmentsErrorCode as Code, CommitmentsException } from './commitments.exception';
import { CommitmentsRepository } from './commitments.repository';

const NONE = '00000000-0000-0000-0000-000000000000';

/** Reading the tracker: a filtered page of commitments, or one. Anyone may read. */
@Injectable()
export class CommitmentsQueryService {
  constructor(
    private readonly repo: CommitmentsRepository,
    private readonly directory: DirectoryRepository,
    private readonly lookups: CommitmentLookupsService,
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
    const today = this.today();
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
        today,
      },
      page,
    );
    const lookups = await this.lookups.forRows(viewer, rows.slice(0, page.limit), today);
    return toConnection(rows, total, page, (row) => toCommitmentModel(row, lookups));
  }

  /** One commitment, or NOT_FOUND. */
  async byId(viewer: AuthUser | null, id: string): Promise<CommitmentModel> {
    const today = this.today();
    const [rows] = await this.repo.findPage({ ids: [id], today }, { limit: 1, offset: 0 });
    if (!rows.length) throw new CommitmentsException(Code.NotFound);
    return toCommitmentModel(rows[0], await this.lookups.forRows(viewer, rows, today));
  }
}
