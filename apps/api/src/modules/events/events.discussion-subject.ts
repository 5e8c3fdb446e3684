import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { byAskedId, DiscussionSubject } from '../discussions/subjects/discussion-subject';
import type {
  DiscussionSubjectInfo,
  DiscussionSubjectProvider,
} from '../discussions/subjects/discussion-subject';
import { EventStatus } from './entities/event.entity';
import { EventsRepository } from './events.repository';

/**
 * Events as discussion subjects: published, completed or cancelled ones
 * (drafts are not visible to members). Organisers own them.
 */
@DiscussionSubject({ types: ['EVENT'] })
@Injectable()
export class EventDiscussionSubject implements DiscussionSubjectProvider {
  readonly ownersSql = `SELECT 'EVENT' AS subject_type, e.id::text AS subject_key, NULL::uuid AS owner_id,
       e.organiser_organisation_id AS owner_org FROM event e`;

  readonly listingSql = `SELECT 'EVENT' AS subject_type, e.id::text AS subject_key, '{}'::uuid[] AS ics_ids,
       e.ics_ods_codes::text[] AS ics_codes, e.themes::text[] AS theme_keys
  FROM event e WHERE e.status <> '${EventStatus.DRAFT}'`;

  constructor(private readonly events: EventsRepository) {}

  async resolve(type: string, ids: readonly string[]): Promise<Map<string, DiscussionSubjectInfo>> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    const events = wanted.length ? await this.events.findEventsByIds(wanted) : [];
    const found = new Map<string, DiscussionSubjectInfo>();
    for (const event of events) {
      if (event.status === EventStatus.DRAFT) continue;
      found.set(event.id, {
        type,
        id: event.id,
        title: event.title,
        link: `/events/${event.id}`,
        ownerUserIds: event.organiserUserIds,
        ownerOrganisationId: event.organiserOrganisationId,
        followTarget: { type: 'EVENT', id: event.id },
      });
    }
    return byAskedId(ids, found);
  }
}
