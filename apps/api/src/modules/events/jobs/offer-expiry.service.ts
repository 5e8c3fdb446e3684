import { Injectable } from '@nestjs/common';

import { appLogger } from '../../../common/logging/json-logger';
import { RegistrationStatus } from '../entities/registration.entity';
import { RegistrationChangeReason } from '../entities/registration-change.entity';
import { RegistrationMailer } from '../registrations/registration-mailer.service';
import { RegistrationTransitions } from '../registrations/registration-transitions.service';
import { RegistrationsRepository } from '../registrations/registrations.repository';

/** Offers of a waiting-list place lapse after the event's offerHours; the place is offered on. */
@Injectable()
export class OfferExpiryService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly mailer: RegistrationMailer,
  ) {}

  /** Job handler: expires one offer if it is still open and due, then offers the place on. */
  async expireOffer(registrationId: string): Promise<boolean> {
    const reg = await this.repo.findRegistration(registrationId);
    if (!reg || reg.status !== RegistrationStatus.OFFERED) return false;
    let expired = false;
    await this.transitions.transition(reg.id, null, async (manager, current, locked) => {
      if (current.status !== RegistrationStatus.OFFERED || !current.offerExpiresAt || current.offerExpiresAt > new Date()) {
        return { reg: current, unchanged: true };
      }
      const next = await this.repo.updateRegistration(manager, current.id, { status: RegistrationStatus.DECLINED, offerExpiresAt: null });
      await this.mailer.emailUser(manager, 'offer-expired', locked, { ...next, offerCount: current.offerCount });
      expired = true;
      return { reg: next, freed: true, reason: RegistrationChangeReason.OFFER_EXPIRED };
    });
    if (expired) appLogger().write('info', 'event offer expired', { registrationId });
    return expired;
  }

  /** Cron backstop: expires any due offer whose job was lost. */
  async expireDueOffers(): Promise<number> {
    let n = 0;
    for (const id of await this.repo.findDueOfferIds(500)) if (await this.expireOffer(id)) n += 1;
    return n;
  }
}
