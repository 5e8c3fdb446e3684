import { Injectable } from '@nestjs/common';

import type { EventEntity } from '../entities/event.entity';
import { EventsRepository } from '../events.repository';

/** How long a copy is used before it is read again, and how many events are kept. */
const TTL_MS = 60_000;
const MAX_EVENTS = 500;

/**
 * The events registration checks answers against, as this process last read them. A copy may
 * be out of date: the registration statement (mic_register_at_event_version) compares the
 * event's version under the event's row lock and answers STALE, and the caller reads the event
 * again (`read`). So a burst of registrations for one event reads it once, not once each.
 */
@Injectable()
export class RegistrationEventCache {
  private readonly copies = new Map<string, { event: EventEntity; readAt: number }>();

  constructor(private readonly events: EventsRepository) {}

  /** This process's copy when it was read in the last minute. */
  recent(id: string, now = Date.now()): EventEntity | undefined {
    const copy = this.copies.get(id);
    return copy && now - copy.readAt < TTL_MS ? copy.event : undefined;
  }

  /** The event as it is now (kept for later calls); null when there is none. */
  async read(id: string, now = Date.now()): Promise<EventEntity | null> {
    const event = await this.events.findEvent(id);
    this.copies.delete(id);
    if (!event) return null;
    if (this.copies.size >= MAX_EVENTS) this.copies.delete(this.copies.keys().next().value as string);
    this.copies.set(id, { event, readAt: now });
    return event;
  }
}
