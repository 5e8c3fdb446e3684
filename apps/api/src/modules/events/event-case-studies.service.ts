import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import { canViewCaseStudy } from '../case-studies/case-studies.policy';
import type { EventEntity } from './entities/event.entity';
import { EventStatus } from './entities/event.entity';
import { EventsErrorCode, EventsException } from './events.exception';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import type { LinkEventCaseStudyInput, UnlinkEventCaseStudyInput } from './graphql/event.input';

/**
 * The case studies shown at an event, changed one link at a time: each change
 * is one SQL statement (array_append / array_remove), so concurrent adds and
 * removes by different organisers all apply; nothing is read and written back.
 */
@Injectable()
export class EventCaseStudiesService {
  constructor(
    private readonly events: EventsService,
    private readonly repo: EventsRepository,
    private readonly caseStudies: CaseStudiesRepository,
  ) {}

  /** Links a published case study (NOT_FOUND otherwise); linking one already linked changes nothing. */
  async link(user: AuthUser, input: LinkEventCaseStudyInput): Promise<EventEntity> {
    await this.events.managedEvent(user, input.eventId);
    const cs = await this.caseStudies.findById(input.caseStudyId);
    if (!cs || cs.status !== CaseStudyStatus.PUBLISHED || !canViewCaseStudy(user, cs)) {
      throw new EventsException(EventsErrorCode.CaseStudyNotFound, undefined, 'caseStudyId');
    }
    if (await this.repo.linkCaseStudy(input.eventId, input.caseStudyId)) {
      // Checked again after the link (the case study is the case-studies module's): unpublished meanwhile, the link is undone.
      if (await this.published(input.caseStudyId)) return this.current(input.eventId);
      await this.repo.unlinkCaseStudy(input.eventId, input.caseStudyId);
      throw new EventsException(EventsErrorCode.CaseStudyNotFound, undefined, 'caseStudyId');
    }
    // Nothing changed: already linked, or meanwhile the event was cancelled.
    const event = await this.unchanged(input.eventId);
    if (!event.caseStudyIds.includes(input.caseStudyId)) throw new EventsException(EventsErrorCode.CaseStudyNotFound, undefined, 'caseStudyId');
    return event;
  }

  /** Unlinks a case study (published or not); unlinking one not linked changes nothing. */
  async unlink(user: AuthUser, input: UnlinkEventCaseStudyInput): Promise<EventEntity> {
    await this.events.managedEvent(user, input.eventId);
    if (await this.repo.unlinkCaseStudy(input.eventId, input.caseStudyId)) return this.current(input.eventId);
    return this.unchanged(input.eventId);
  }

  private async published(caseStudyId: string): Promise<boolean> {
    return (await this.caseStudies.findById(caseStudyId))?.status === CaseStudyStatus.PUBLISHED;
  }

  private async current(eventId: string): Promise<EventEntity> {
    const event = await this.repo.findEvent(eventId);
    if (!event) throw new EventsException(EventsErrorCode.EventNotFound);
    return event;
  }

  /** The event after a statement that changed nothing; a cancelled event cannot be changed. */
  private async unchanged(eventId: string): Promise<EventEntity> {
    const event = await this.current(eventId);
    if (event.status === EventStatus.CANCELLED) throw new EventsException(EventsErrorCode.InvalidTransition, 'A cancelled event cannot be changed.');
    return event;
  }
}
