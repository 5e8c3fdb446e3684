import { renderMarkdown } from '../../common/markdown/render-markdown';
import type { EventEntity } from './entities/event.entity';
import type { EventQuotaEntity } from './entities/event-quota.entity';
import type { RegistrationEntity, RegistrationStatus } from './entities/registration.entity';
import type { RegistrationChangeEntity } from './entities/registration-change.entity';
import { RegistrationChangeReason } from './entities/registration-change.entity';
import type { DelegateRow } from './organiser/delegates.reader';
import type { DelegateModel, EventModel, EventQuotaModel, RegistrationAnswerModel, RegistrationModel } from './graphql/event.model';
import type { RegistrationChangeModel } from './graphql/registration-change.model';

export const toEventModel = (e: EventEntity): EventModel => ({
  id: e.id,
  title: e.title,
  description: e.description,
  descriptionHtml: renderMarkdown(e.description),
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  timeZone: 'Europe/London',
  venueName: e.venueName,
  venueAddress: e.venueAddress,
  isOnline: !!e.onlineUrl,
  status: e.status,
  capacity: e.capacity,
  registrationOpensAt: e.registrationOpensAt,
  registrationClosesAt: e.registrationClosesAt,
  requiresApproval: e.requiresApproval,
  questions: e.questions,
  themes: e.themes,
  icsOdsCodes: e.icsOdsCodes,
  caseStudyIds: e.caseStudyIds,
  toolkitIds: e.toolkitIds,
  offerHours: e.offerHours,
  retentionDays: e.retentionDays,
  source: e.source,
  version: e.version,
  organiserOrganisationId: e.organiserOrganisationId,
  organiserUserIds: e.organiserUserIds,
  onlineUrlValue: e.onlineUrl,
});

/** A quota with what people read for its key (the ICS short name or organisation type label; the key when unknown). */
export const toQuotaModel = (q: EventQuotaEntity, label?: string | null): EventQuotaModel => ({
  id: q.id,
  kind: q.kind,
  key: q.key,
  places: q.places,
  label: label ?? q.key,
});

export const toRegistrationModel = (r: RegistrationEntity): RegistrationModel => ({
  id: r.id,
  status: r.status,
  waitlistPosition: r.waitlistPosition,
  offerExpiresAt: r.offerExpiresAt,
  eventId: r.eventId,
  icsOdsCode: r.icsOdsCode,
  organisationTypeKey: r.organisationTypeKey,
  tags: r.tags,
  checkedInAt: r.checkedInAt,
  createdAt: r.createdAt,
  userId: r.userId,
});

export function toAnswerModels(r: RegistrationEntity): RegistrationAnswerModel[] {
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  return [
    ...Object.entries(r.answers).map(([questionId, v]) => ({ questionId, values: list(v), sensitive: false })),
    ...Object.entries(r.sensitiveAnswers ?? {}).map(([questionId, v]) => ({ questionId, values: list(v), sensitive: true })),
  ];
}

export const toDelegateModel = (d: DelegateRow): DelegateModel => ({
  registration: toRegistrationModel(d.registration),
  name: d.name,
  email: d.email,
  organisationName: d.organisationName,
  icsName: d.icsName,
  organisationTypeLabel: d.organisationTypeLabel,
  answers: toAnswerModels(d.registration),
});

const REASONS = new Set<string>(Object.values(RegistrationChangeReason));

export const toRegistrationChangeModel = (c: RegistrationChangeEntity): RegistrationChangeModel => ({
  id: c.id,
  at: c.createdAt,
  fromStatus: c.fromStatus as RegistrationStatus | null,
  toStatus: c.toStatus as RegistrationStatus,
  reason: c.reason && REASONS.has(c.reason) ? (c.reason as RegistrationChangeReason) : null,
  actorId: c.actorId,
  otherEventId: c.fromEventId ?? c.toEventId,
});
