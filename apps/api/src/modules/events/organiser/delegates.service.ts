import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import type { Connection } from '../../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../../common/graphql/pagination';
import type { EventEntity } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { EventsService } from '../events.service';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import type { AttendanceRow, DelegateQuery, DelegateRow } from './delegates.reader';
import { DelegatesReader } from './delegates.reader';
import { EventsAudit } from '../events-audit';

/** The organiser's delegate list, one delegate, the attendance report, the export (CSV, badges) and tags. */
@Injectable()
export class DelegatesService {
  constructor(
    private readonly events: EventsService,
    private readonly reader: DelegatesReader,
    private readonly registrations: RegistrationsRepository,
    private readonly audit: EventsAudit,
  ) {}

  async delegates(user: AuthUser, eventId: string, q: DelegateQuery, args: { first?: number; after?: string }): Promise<Connection<DelegateRow>> {
    await this.events.managedEvent(user, eventId);
    const page = pageRequest(args);
    const [rows, total] = await this.reader.findDelegates(eventId, q, page);
    return toConnection(rows, total, page, (r) => r);
  }

  /** One delegate by registration id, for the organisers of its event; null when there is no such registration. */
  async delegate(user: AuthUser, registrationId: string): Promise<DelegateRow | null> {
    const reg = await this.registrations.findRegistration(registrationId);
    if (!reg) return null;
    await this.events.managedEvent(user, reg.eventId);
    const [rows] = await this.reader.findDelegates(reg.eventId, { registrationId: reg.id });
    return rows[0] ?? null;
  }

  async attendance(user: AuthUser, eventId: string): Promise<AttendanceRow[]> {
    await this.events.managedEvent(user, eventId);
    return this.reader.attendance(eventId);
  }

  /** The whole delegate list for a file; recorded in the audit log (it holds special-category answers). */
  async delegateExport(user: AuthUser | null, eventId: string, format: 'csv' | 'badges'): Promise<{ event: EventEntity; rows: DelegateRow[] }> {
    const event = await this.events.managedEvent(user, eventId);
    const [rows] = await this.reader.findDelegates(eventId, {});
    await this.audit.record(
      user,
      {
        action: format === 'csv' ? 'event.delegates_exported' : 'event.badges_exported',
        targetType: 'event',
        targetId: event.id,
        details: {
          delegates: rows.length,
          sensitiveQuestionIds: format === 'csv' ? event.questions.filter((q) => q.sensitive).map((q) => q.id) : [],
        },
      },
      event,
    );
    return { event, rows };
  }

  async tagRegistration(user: AuthUser, registrationId: string, tags: string[]): Promise<RegistrationEntity> {
    const reg = await this.registrations.findRegistration(registrationId);
    if (!reg) throw new EventsException(EventsErrorCode.RegistrationNotFound);
    await this.events.managedEvent(user, reg.eventId);
    const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
    return this.registrations.updateRegistration(this.registrations.manager, reg.id, { tags: clean });
  }
}
