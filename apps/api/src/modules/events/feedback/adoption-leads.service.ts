import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CaseStudiesRepository } from '../../case-studies/case-studies.repository';
import type { CaseStudyEntity } from '../../case-studies/entities/case-study.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import type { EventEntity } from '../entities/event.entity';
import { DelegateNames } from './delegate-names.service';

/** Notification kind for "interested in adopting" answers in event feedback. */
export const ADOPTION_LEAD_KIND = 'ADOPTION_LEAD';

export interface Lead {
  cs: CaseStudyEntity;
  /** "Name (Organisation)" of the delegate. */
  delegate: string;
  members: string[];
}

/** Each case study a delegate is interested in adopting notifies the members of its originating organisation. */
@Injectable()
export class AdoptionLeadsService {
  constructor(
    private readonly caseStudies: CaseStudiesRepository,
    private readonly notifications: NotificationsService,
    private readonly names: DelegateNames,
  ) {}

  /** Read before the transaction: who to notify, and how to name the delegate. */
  async leads(user: AuthUser, studies: CaseStudyEntity[]): Promise<Lead[]> {
    if (!studies.length) return [];
    const me = (await this.names.byUserId([user.id])).get(user.id) ?? { name: '', organisationName: '' };
    const delegate = `${me.name} (${me.organisationName})`;
    return Promise.all(studies.map(async (cs) => ({ cs, delegate, members: await this.caseStudies.memberIds(cs.organisationId) })));
  }

  /** Each case study named notifies the members of its originating organisation (an adoption lead), in the transaction. */
  async notify(manager: EntityManager, user: AuthUser, event: EventEntity, leads: Lead[]): Promise<void> {
    for (const { cs, delegate, members } of leads) {
      await this.notifications.notify(
        {
          userIds: members,
          actorId: user.id,
          kind: ADOPTION_LEAD_KIND,
          title: `${delegate} is interested in adopting ${cs.title}`,
          body: `From their feedback on ${event.title}.`,
          link: `/case-studies/${cs.slug}`,
          subjectType: 'case_study',
          subjectId: cs.id,
        },
        manager,
      );
    }
  }
}
