import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { JobsService } from '../../jobs/jobs.service';
import { RegistrationNotices } from '../registrations/registration-notices.service';
import { OFFER_EXPIRY_QUEUE, OFFER_SWEEP_QUEUE, REGISTRATION_NOTICE_QUEUE, REGISTRATION_NOTICE_SWEEP_QUEUE } from './event-queues';
import { OfferExpiryService } from './offer-expiry.service';

/** Registers the registration jobs: offer expiry (and its sweep), first notices (and their sweep). */
@Injectable()
export class RegistrationJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly offers: OfferExpiryService,
    private readonly notices: RegistrationNotices,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ registrationId: string }>(OFFER_EXPIRY_QUEUE, async ({ registrationId }) => {
      await this.offers.expireOffer(registrationId);
    });
    this.jobs.register<{ registrationId: string }>(REGISTRATION_NOTICE_QUEUE, async ({ registrationId }) => {
      await this.notices.sendRegistrationNotice(registrationId);
    }, { dedupeWaiting: true });
    this.jobs.register(REGISTRATION_NOTICE_SWEEP_QUEUE, async () => {
      await this.notices.queueMissingNotices();
    }, '* * * * *');
    this.jobs.register(OFFER_SWEEP_QUEUE, async () => {
      await this.offers.expireDueOffers();
    }, '*/5 * * * *');
  }
}
