import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { ThreadSubjectType } from './discussions.constants';
import { toThreadModel } from './discussions.mapper';
import { DiscussionsRepository } from './discussions.repository';
import type { ThreadsArgs } from './graphql/discussion.inputs';
import type { ThreadModel } from './graphql/discussion.models';
import { ThreadListRepository } from './thread-list.repository';

/** Lists threads: about one subject, or all the viewer may see (`/discussions`). */
@Injectable()
export class ThreadListService {
  constructor(
    private readonly repo: DiscussionsRepository,
    private readonly list: ThreadListRepository,
  ) {}

  /**
   * Threads about one subject (type and id, or GENERAL) or, otherwise, every
   * thread the viewer may see narrowed by the filter (subject type, ICS,
   * theme, unanswered, mine): one statement either way.
   */
  async threads(viewer: AuthUser, args: ThreadsArgs): Promise<Connection<ThreadModel>> {
    const page = pageRequest(args);
    const filter = args.filter ?? {};
    const oneSubject =
      filter.subjectType &&
      (filter.subjectType === ThreadSubjectType.GENERAL || filter.subjectId) &&
      !filter.icsCode &&
      !filter.themeKey &&
      !filter.unanswered &&
      !filter.mine;
    if (oneSubject && filter.subjectType) {
      const subjectId =
        filter.subjectType === ThreadSubjectType.GENERAL ? 'general' : (filter.subjectId ?? '');
      const [rows, total] = await this.repo.findThreads(
        filter.subjectType,
        subjectId,
        page.limit + 1,
        page.offset,
      );
      return toConnection(rows, total, page, toThreadModel);
    }
    const [rows, total] = await this.list.findThreadList(
      {
        subjectType: filter.subjectType ?? null,
        subjectId: filter.subjectId ?? null,
        ics: filter.icsCode
          ? { id: await this.list.icsIdByCode(filter.icsCode), code: filter.icsCode }
          : null,
        themeKey: filter.themeKey ?? null,
        unanswered: filter.unanswered ?? null,
        mineOf: filter.mine ? viewer.id : null,
      },
      page.limit + 1,
      page.offset,
    );
    return toConnection(rows, total, page, toThreadModel);
  }
}
