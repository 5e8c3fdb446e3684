import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { EventFeedbackEntity } from '../entities/event-feedback.entity';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';

/** All SQL for post-event feedback; no business rules. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The user's confirmed (possibly checked-in) registration at an event, if any. */
  findConfirmedRegistration(eventId: string, userId: string): Promise<RegistrationEntity | null> {
    return this.db.getRepository(RegistrationEntity).findOneBy({ eventId, userId, status: RegistrationStatus.CONFIRMED });
  }

  /** Inserts feedback unless the registration already has some; null when it did. */
  async insertFeedback(
    manager: EntityManager,
    f: Pick<EventFeedbackEntity, 'eventId' | 'registrationId' | 'userId' | 'rating' | 'useful' | 'interestedCaseStudyIds'>,
  ): Promise<EventFeedbackEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO event_feedback (event_id, registration_id, user_id, rating, useful, interested_case_study_ids)
       VALUES ($1, $2, $3, $4, $5, $6::uuid[])
       ON CONFLICT (registration_id) DO NOTHING RETURNING id`,
      [f.eventId, f.registrationId, f.userId, f.rating, f.useful, f.interestedCaseStudyIds],
    );
    return rows[0] ? manager.getRepository(EventFeedbackEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  /** The user's feedback on an event, locked until the transaction ends (a change reads and replaces it). */
  lockFeedbackForUser(manager: EntityManager, eventId: string, userId: string): Promise<EventFeedbackEntity | null> {
    return manager.getRepository(EventFeedbackEntity).findOne({ where: { eventId, userId }, lock: { mode: 'pessimistic_write' } });
  }

  async updateFeedback(
    manager: EntityManager,
    id: string,
    f: Pick<EventFeedbackEntity, 'rating' | 'useful' | 'interestedCaseStudyIds'>,
  ): Promise<EventFeedbackEntity> {
    await manager.query(
      `UPDATE event_feedback SET rating = $2, useful = $3, interested_case_study_ids = $4::uuid[], updated_at = now() WHERE id = $1`,
      [id, f.rating, f.useful, f.interestedCaseStudyIds],
    );
    return manager.getRepository(EventFeedbackEntity).findOneByOrFail({ id });
  }

  findFeedbackForUser(eventId: string, userId: string): Promise<EventFeedbackEntity | null> {
    return this.db.getRepository(EventFeedbackEntity).findOneBy({ eventId, userId });
  }

  /** Every response to an event, newest first. */
  findFeedback(eventId: string): Promise<EventFeedbackEntity[]> {
    return this.db.getRepository(EventFeedbackEntity).find({ where: { eventId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }
}
