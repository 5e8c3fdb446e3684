import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { UsersRepository } from '../../users/users.repository';
import type { EventEntity } from '../entities/event.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { EventsRepository } from '../events.repository';
import { EventsService } from '../events.service';

/** Co-organisers: an organiser adds another member (by email) to the event's organisers. */
@Injectable()
export class CoOrganisersService {
  constructor(
    private readonly events: EventsService,
    private readonly repo: EventsRepository,
    private readonly users: UsersRepository,
  ) {}

  async addOrganiser(user: AuthUser, eventId: string, email: string): Promise<EventEntity> {
    const event = await this.events.managedEvent(user, eventId);
    const found = await this.users.findByEmail(email.trim().toLowerCase());
    if (!found) throw new EventsException(EventsErrorCode.UserNotFound, undefined, 'email');
    if (!event.organiserUserIds.includes(found.id)) {
      await this.repo.addOrganiserUser(eventId, found.id);
    }
    return (await this.repo.findEvent(eventId)) as EventEntity;
  }
}
