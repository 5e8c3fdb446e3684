import { Injectable } from '@nestjs/common';

import { appLogger } from '../../../common/logging/json-logger';
import { RegistrationsRepository } from '../registrations/registrations.repository';

/** Retention: sensitive answers are cleared once the event's retention period has passed. */
@Injectable()
export class EventPurgesService {
  constructor(private readonly registrations: RegistrationsRepository) {}

  async purgeSensitiveAnswers(now: Date): Promise<number> {
    const purged = await this.registrations.purgeSensitiveAnswers(now);
    const total = purged.reduce((sum, p) => sum + p.purged, 0);
    for (const p of purged) {
      appLogger().write('info', 'sensitive event answers purged', { eventId: p.eventId, registrations: p.purged });
    }
    return total;
  }
}
