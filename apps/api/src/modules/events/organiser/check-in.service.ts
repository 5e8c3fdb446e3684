import { REGISTRATION_STATUS_LABELS } from '@mic/shared-util';
import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import type { RegistrationEntity } from '../entities/registration.entity';
import { RegistrationStatus } from '../entities/registration.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { canManageEvent } from '../events.policy';
import { RegistrationTransitions } from '../registrations/registration-transitions.service';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import type { DelegateRow } from './delegates.reader';
import { DelegatesReader } from './delegates.reader';
import { OrganiserRepository } from './organiser.repository';

export interface CheckInOutcome {
  registration: RegistrationEntity;
  alreadyCheckedIn: boolean;
  /** Who was checked in (name, organisation), for the desk to say so. */
  delegate: DelegateRow;
}

/** The check-in desk: scanning a ticket checks its confirmed delegate in, once. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly transitions: RegistrationTransitions,
    private readonly reader: DelegatesReader,
    private readonly repo: OrganiserRepository,
    private readonly registrations: RegistrationsRepository,
  ) {}

  /**
   * Checks a confirmed delegate in (once: a second scan reports when they were).
   * With `deskEventId` (the event whose check-in desk scanned the ticket), a
   * ticket for another event is refused rather than checked in there.
   */
  async checkIn(user: AuthUser, registrationId: string, deskEventId?: string | null): Promise<CheckInOutcome> {
    const { reg, event } = await this.transitions.load(registrationId);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    if (deskEventId && deskEventId !== reg.eventId) {
      throw new EventsException(EventsErrorCode.TicketForAnotherEvent, `This ticket is for another event: ${event.title}.`, 'registrationId');
    }
    const [[delegate]] = await this.reader.findDelegates(reg.eventId, { registrationId: reg.id });
    if (reg.status !== RegistrationStatus.CONFIRMED) {
      throw new EventsException(
        EventsErrorCode.InvalidTransition,
        `${delegate.name} (${delegate.organisationName}) cannot be checked in: their registration is “${REGISTRATION_STATUS_LABELS[reg.status]}”, not a confirmed place.`,
        'registrationId',
      );
    }
    const done = await this.repo.checkIn(reg.id, user.id);
    const fresh = (await this.registrations.findRegistration(reg.id)) as RegistrationEntity;
    return { registration: fresh, alreadyCheckedIn: !done, delegate: { ...delegate, registration: fresh } };
  }
}
