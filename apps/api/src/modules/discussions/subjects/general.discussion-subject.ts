import { Injectable } from '@nestjs/common';

import { ThreadSubjectType } from '../discussions.constants';
import { DiscussionSubject } from './discussion-subject';
import type { DiscussionSubjectInfo, DiscussionSubjectProvider } from './discussion-subject';

/** The one general discussion area (id `general`), owned by discussions itself. */
@DiscussionSubject({ types: [ThreadSubjectType.GENERAL] })
@Injectable()
export class GeneralDiscussionSubject implements DiscussionSubjectProvider {
  resolve(_type: string, ids: readonly string[]): Promise<Map<string, DiscussionSubjectInfo>> {
    const subject: DiscussionSubjectInfo = {
      type: ThreadSubjectType.GENERAL,
      id: 'general',
      title: 'General discussion',
      link: '/discussions',
      ownerUserIds: [],
      ownerOrganisationId: null,
      followTarget: null,
    };
    return Promise.resolve(
      new Map(ids.filter((id) => id === 'general').map((id) => [id, subject])),
    );
  }
}
