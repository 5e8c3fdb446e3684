import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import { NotificationsService } from '../notifications/notifications.service';
import type { EventFeedbackEntity } from './entities/event-feedback.entity';
import { EventStatus } from './entities/event.entity';
import { EventsErrorCode, EventsException } from './events.exception';
import { canManageEvent, canViewEvent } from './events.policy';
import { EventsRepository } from './events.repository';
import type { EventFeedbackModel, EventFeedbackSummaryModel, FeedbackCaseStudyModel, SubmitEventFeedbackInput } from './graphql/event-feedback.model';

/** Notification kind for "interested in adopting" answers in event feedback. */
export const ADOPTION_LEAD_KIND = 'ADOPTION_LEAD';

/**
 * Post-event feedback: once an event is COMPLETED, each delegate who held a
 * confirmed place may rate it once, say what was useful and name linked case
 * studies they are interested in adopting. Each interest notifies the
 * members of the case study's originating organisation (an adoption lead).
 */
@Injectable()
export class EventFeedbackService {
  constructor(
    private readonly repo: EventsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async submit(user: AuthUser, input: SubmitEventFeedbackInput): Promise<EventFeedbackEntity> {
    const event = await this.repo.findEvent(input.eventId);
    if (!event || !canViewEvent(user, event)) throw new EventsException(EventsErrorCode.EventNotFound);
    if (event.status !== EventStatus.COMPLETED) throw new EventsException(EventsErrorCode.FeedbackNotOpen);
    const reg = await this.repo.findConfirmedRegistration(event.id, user.id);
    if (!reg) throw new EventsException(EventsErrorCode.NotEventDelegate);
    const interested = [...new Set(input.interestedCaseStudyIds ?? [])];
    if (interested.some((id) => !event.caseStudyIds.includes(id))) {
      throw new EventsException(EventsErrorCode.InvalidFeedback, 'Choose from the case studies shown at this event.', 'interestedCaseStudyIds');
    }
    const studies = await this.caseStudies.findByIds(interested);
    const profile = await this.repo.delegateProfile(user.id);
    const leads = await Promise.all(studies.map(async (cs) => ({ cs, members: await this.caseStudies.memberIds(cs.organisationId) })));
    return this.repo.transaction(async (manager) => {
      const saved = await this.repo.insertFeedback(manager, {
        eventId: event.id,
        registrationId: reg.id,
        userId: user.id,
        rating: input.rating,
        useful: (input.useful ?? '').trim(),
        interestedCaseStudyIds: studies.map((s) => s.id),
      });
      if (!saved) throw new EventsException(EventsErrorCode.FeedbackAlreadyGiven);
      for (const { cs, members } of leads) {
        await this.notifications.notify(
          {
            userIds: members,
            actorId: user.id,
            kind: ADOPTION_LEAD_KIND,
            title: `${profile.name} (${profile.organisationName}) is interested in adopting ${cs.title}`,
            body: `From their feedback on ${event.title}.`,
            link: `/case-studies/${cs.slug}`,
            subjectType: 'case_study',
            subjectId: cs.id,
          },
          manager,
        );
      }
      return saved;
    });
  }

  /** Published case studies linked to a visible event (the choices on the feedback form). */
  async linkedCaseStudies(user: AuthUser | null, eventId: string): Promise<FeedbackCaseStudyModel[]> {
    const event = /^[0-9a-f-]{36}$/i.test(eventId) ? await this.repo.findEvent(eventId) : null;
    if (!event || !canViewEvent(user, event) || !event.caseStudyIds.length) return [];
    const rows = await this.caseStudies.findByIds(event.caseStudyIds);
    return rows
      .filter((cs) => cs.status === CaseStudyStatus.PUBLISHED)
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((cs) => ({ id: cs.id, title: cs.title, slug: cs.slug }));
  }

  /** The signed-in user's own feedback on an event, if given. */
  async mine(user: AuthUser, eventId: string): Promise<EventFeedbackModel | null> {
    const f = await this.repo.findFeedbackForUser(eventId, user.id);
    if (!f) return null;
    return this.toModel(f, await this.studyMap(f.interestedCaseStudyIds), null, null);
  }

  /** All feedback on an event, for its organisers. */
  async summary(user: AuthUser, eventId: string): Promise<EventFeedbackSummaryModel> {
    const event = /^[0-9a-f-]{36}$/i.test(eventId) ? await this.repo.findEvent(eventId) : null;
    if (!event || !canViewEvent(user, event)) throw new EventsException(EventsErrorCode.EventNotFound);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    const rows = await this.repo.findFeedback(event.id);
    const studies = await this.studyMap(rows.flatMap((r) => r.interestedCaseStudyIds));
    const ratingCounts = [0, 0, 0, 0, 0];
    for (const r of rows) ratingCounts[r.rating - 1] += 1;
    const total = rows.reduce((sum, r) => sum + r.rating, 0);
    return {
      responseCount: rows.length,
      averageRating: rows.length ? Math.round((total / rows.length) * 10) / 10 : null,
      ratingCounts,
      responses: rows.map((r) => this.toModel(r, studies, r.delegateName, r.organisationName)),
    };
  }

  private async studyMap(ids: string[]): Promise<Map<string, FeedbackCaseStudyModel>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.caseStudies.findByIds(unique);
    return new Map(rows.map((cs) => [cs.id, { id: cs.id, title: cs.title, slug: cs.slug }]));
  }

  private toModel(
    f: EventFeedbackEntity,
    studies: Map<string, FeedbackCaseStudyModel>,
    delegateName: string | null,
    organisationName: string | null,
  ): EventFeedbackModel {
    return {
      id: f.id,
      rating: f.rating,
      useful: f.useful,
      interestedIn: f.interestedCaseStudyIds.map((id) => studies.get(id)).filter((s): s is FeedbackCaseStudyModel => !!s),
      delegateName,
      organisationName,
      createdAt: f.createdAt,
    };
  }
}
