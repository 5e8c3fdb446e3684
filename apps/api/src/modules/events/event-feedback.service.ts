import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import type { CaseStudyEntity } from '../case-studies/entities/case-study.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { EventFeedbackEntity } from './entities/event-feedback.entity';
import type { EventEntity } from './entities/event.entity';
import { EventStatus } from './entities/event.entity';
import { EventsErrorCode, EventsException } from './events.exception';
import { canManageEvent, canViewEvent } from './events.policy';
import { EventsRepository } from './events.repository';
import type {
  EventFeedbackModel,
  EventFeedbackSummaryModel,
  FeedbackCaseStudyModel,
  SubmitEventFeedbackInput,
  UpdateEventFeedbackInput,
} from './graphql/event-feedback.model';

/** Notification kind for "interested in adopting" answers in event feedback. */
export const ADOPTION_LEAD_KIND = 'ADOPTION_LEAD';

interface Lead {
  cs: CaseStudyEntity;
  /** "Name (Organisation)" of the delegate. */
  delegate: string;
  members: string[];
}

/**
 * Post-event feedback: once an event is COMPLETED, each delegate who held a
 * confirmed place may rate it once (and change it later), say what was useful
 * and name linked case studies they are interested in adopting. Each interest notifies the
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
    const event = await this.completedEvent(user, input.eventId);
    const reg = await this.repo.findConfirmedRegistration(event.id, user.id);
    if (!reg) throw new EventsException(EventsErrorCode.NotEventDelegate);
    const interested = [...new Set(input.interestedCaseStudyIds ?? [])];
    this.checkLinked(event, interested);
    const studies = await this.caseStudies.findByIds(interested);
    const leads = await this.leads(user, studies);
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
      await this.notifyLeads(manager, user, event, leads);
      return saved;
    });
  }

  /**
   * The author changes their feedback: the answers replace the earlier ones.
   * Case studies newly named as "interested in adopting" notify their
   * organisation (as on first submission); ones named before do not notify
   * again, and an earlier interest in a case study since unlinked from the
   * event may be kept.
   */
  async update(user: AuthUser, input: UpdateEventFeedbackInput): Promise<EventFeedbackEntity> {
    const event = await this.completedEvent(user, input.eventId);
    const existing = await this.repo.findFeedbackForUser(event.id, user.id);
    if (!existing) throw new EventsException(EventsErrorCode.FeedbackNotFound);
    const interested = [...new Set(input.interestedCaseStudyIds ?? [])];
    this.checkLinked(event, interested, existing.interestedCaseStudyIds);
    const studies = await this.caseStudies.findByIds(interested);
    const leads = await this.leads(user, studies);
    return this.repo.transaction(async (manager) => {
      // Locked and re-read: two saves at once must not both think an interest is new.
      const current = await this.repo.lockFeedbackForUser(manager, event.id, user.id);
      if (!current) throw new EventsException(EventsErrorCode.FeedbackNotFound);
      const saved = await this.repo.updateFeedback(manager, current.id, {
        rating: input.rating,
        useful: (input.useful ?? '').trim(),
        interestedCaseStudyIds: studies.map((s) => s.id),
      });
      const before = new Set(current.interestedCaseStudyIds);
      await this.notifyLeads(manager, user, event, leads.filter((l) => !before.has(l.cs.id)));
      return saved;
    });
  }

  private async completedEvent(user: AuthUser, eventId: string): Promise<EventEntity> {
    const event = await this.repo.findEvent(eventId);
    if (!event || !canViewEvent(user, event)) throw new EventsException(EventsErrorCode.EventNotFound);
    if (event.status !== EventStatus.COMPLETED) throw new EventsException(EventsErrorCode.FeedbackNotOpen);
    return event;
  }

  /** Only case studies linked to the event can be named (plus, on a change, ones named before). */
  private checkLinked(event: EventEntity, ids: string[], allowed: string[] = []): void {
    if (ids.some((id) => !event.caseStudyIds.includes(id) && !allowed.includes(id))) {
      throw new EventsException(EventsErrorCode.InvalidFeedback, 'Choose from the case studies shown at this event.', 'interestedCaseStudyIds');
    }
  }

  /** Read before the transaction: who to notify, and how to name the delegate. */
  private async leads(user: AuthUser, studies: CaseStudyEntity[]): Promise<Lead[]> {
    if (!studies.length) return [];
    const profile = await this.repo.delegateProfile(user.id);
    const delegate = `${profile.name} (${profile.organisationName})`;
    return Promise.all(studies.map(async (cs) => ({ cs, delegate, members: await this.caseStudies.memberIds(cs.organisationId) })));
  }

  /** Each case study named notifies the members of its originating organisation (an adoption lead), in the transaction. */
  private async notifyLeads(manager: EntityManager, user: AuthUser, event: EventEntity, leads: Lead[]): Promise<void> {
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

  /** Published case studies linked to a visible event (the choices on the feedback form). */
  async linkedCaseStudies(user: AuthUser | null, eventId: string): Promise<FeedbackCaseStudyModel[]> {
    const event = await this.repo.findEvent(eventId);
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
    const event = await this.repo.findEvent(eventId);
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
      updatedAt: f.updatedAt,
    };
  }
}
