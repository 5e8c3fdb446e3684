import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CaseStudiesRepository } from '../../case-studies/case-studies.repository';
import type { EventFeedbackEntity } from '../entities/event-feedback.entity';
import type { EventEntity } from '../entities/event.entity';
import { EventStatus } from '../entities/event.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { canViewEvent } from '../events.policy';
import { EventsRepository } from '../events.repository';
import type { EventFeedbackModel, SubmitEventFeedbackInput, UpdateEventFeedbackInput } from '../graphql/event-feedback.model';
import { AdoptionLeadsService } from './adoption-leads.service';
import { caseStudyChoices, toFeedbackModel } from './feedback.mapper';
import { FeedbackRepository } from './feedback.repository';

/**
 * Post-event feedback: once an event is COMPLETED, each delegate who held a
 * confirmed place may rate it once (and change it later), say what was useful
 * and name linked case studies they are interested in adopting. Each interest notifies the
 * members of the case study's originating organisation (an adoption lead).
 */
@Injectable()
export class EventFeedbackService {
  constructor(
    private readonly repo: FeedbackRepository,
    private readonly events: EventsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly leads: AdoptionLeadsService,
  ) {}

  async submit(user: AuthUser, input: SubmitEventFeedbackInput): Promise<EventFeedbackEntity> {
    const event = await this.completedEvent(user, input.eventId);
    const reg = await this.repo.findConfirmedRegistration(event.id, user.id);
    if (!reg) throw new EventsException(EventsErrorCode.NotEventDelegate);
    const interested = [...new Set(input.interestedCaseStudyIds ?? [])];
    this.checkLinked(event, interested);
    const studies = await this.caseStudies.findByIds(interested);
    const leads = await this.leads.leads(user, studies);
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
      await this.leads.notify(manager, user, event, leads);
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
    const leads = await this.leads.leads(user, studies);
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
      await this.leads.notify(manager, user, event, leads.filter((l) => !before.has(l.cs.id)));
      return saved;
    });
  }

  /** The signed-in user's own feedback on an event, if given. */
  async mine(user: AuthUser, eventId: string): Promise<EventFeedbackModel | null> {
    const f = await this.repo.findFeedbackForUser(eventId, user.id);
    if (!f) return null;
    return toFeedbackModel(f, await caseStudyChoices(this.caseStudies, f.interestedCaseStudyIds), null, null);
  }

  private async completedEvent(user: AuthUser, eventId: string): Promise<EventEntity> {
    const event = await this.events.findEvent(eventId);
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
}
