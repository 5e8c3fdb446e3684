import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CaseStudiesRepository } from '../../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../../case-studies/case-study.enums';
import { EventsErrorCode, EventsException } from '../events.exception';
import { canManageEvent, canViewEvent } from '../events.policy';
import { EventsRepository } from '../events.repository';
import type { EventFeedbackSummaryModel, FeedbackCaseStudyModel } from '../graphql/event-feedback.model';
import { DelegateNames } from './delegate-names.service';
import { caseStudyChoices, toFeedbackModel } from './feedback.mapper';
import { FeedbackRepository } from './feedback.repository';

/** The feedback form's choices, and all feedback on an event for its organisers. */
@Injectable()
export class FeedbackSummaryService {
  constructor(
    private readonly repo: FeedbackRepository,
    private readonly events: EventsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly names: DelegateNames,
  ) {}

  /** Published case studies linked to a visible event (the choices on the feedback form). */
  async linkedCaseStudies(user: AuthUser | null, eventId: string): Promise<FeedbackCaseStudyModel[]> {
    const event = await this.events.findEvent(eventId);
    if (!event || !canViewEvent(user, event) || !event.caseStudyIds.length) return [];
    const rows = await this.caseStudies.findByIds(event.caseStudyIds);
    return rows
      .filter((cs) => cs.status === CaseStudyStatus.PUBLISHED)
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((cs) => ({ id: cs.id, title: cs.title, slug: cs.slug }));
  }

  /** All feedback on an event, newest first with the delegate's name and organisation, for its organisers. */
  async summary(user: AuthUser, eventId: string): Promise<EventFeedbackSummaryModel> {
    const event = await this.events.findEvent(eventId);
    if (!event || !canViewEvent(user, event)) throw new EventsException(EventsErrorCode.EventNotFound);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    const feedback = await this.repo.findFeedback(event.id);
    const names = await this.names.byUserId(feedback.map((f) => f.userId));
    const rows = feedback.filter((f) => names.has(f.userId));
    const studies = await caseStudyChoices(this.caseStudies, rows.flatMap((r) => r.interestedCaseStudyIds));
    const ratingCounts = [0, 0, 0, 0, 0];
    for (const r of rows) ratingCounts[r.rating - 1] += 1;
    const total = rows.reduce((sum, r) => sum + r.rating, 0);
    return {
      responseCount: rows.length,
      averageRating: rows.length ? Math.round((total / rows.length) * 10) / 10 : null,
      ratingCounts,
      responses: rows.map((r) => {
        const who = names.get(r.userId);
        return toFeedbackModel(r, studies, who?.name ?? null, who?.organisationName ?? null);
      }),
    };
  }
}
