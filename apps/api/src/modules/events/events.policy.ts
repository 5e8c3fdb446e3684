import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';
import type { AudienceToken } from '../../common/visibility/audience';
import { Audience } from '../../common/visibility/audience';
import type { EventEntity, EventQuestion } from './entities/event.entity';
import { EventStatus } from './entities/event.entity';
import type { QuotaKind } from './entities/event-quota.entity';
import type { AnswerValue } from './entities/registration.entity';

type EventLike = Pick<EventEntity, 'organiserUserIds' | 'status'>;

/** Organisers and admins create events. */
export function canCreateEvent(user: AuthUser | null): boolean {
  return hasRole(user, Role.ORGANISER, Role.REGIONAL_ADMIN, Role.ICS_ADMIN);
}

/** The event's organisers and co-organisers, and regional admins, manage it. */
export function canManageEvent(user: AuthUser | null, event: EventLike): boolean {
  if (!user) return false;
  return hasRole(user, Role.REGIONAL_ADMIN) || event.organiserUserIds.includes(user.id);
}

/**
 * A registration (and its history) is for the delegate themselves and for
 * those who manage its event (organisers, co-organisers, regional admins).
 */
export function canViewRegistration(user: AuthUser | null, registration: { userId: string }, event: EventLike): boolean {
  if (!user) return false;
  return registration.userId === user.id || canManageEvent(user, event);
}

/** Drafts are visible only to those who manage them. */
export function canViewEvent(user: AuthUser | null, event: EventLike): boolean {
  return event.status !== EventStatus.DRAFT || canManageEvent(user, event);
}

/**
 * `canViewEvent` as audience tokens: a draft only for those who manage it
 * (its organisers and co-organisers, regional admins); published, completed
 * and cancelled events for anyone, as the events pages show them.
 */
export function eventAudience(event: EventLike): AudienceToken[] {
  if (event.status !== EventStatus.DRAFT) return [Audience.anyone()];
  return [...event.organiserUserIds.map((id) => Audience.user(id)), Audience.role(Role.REGIONAL_ADMIN)];
}

export type RegistrationWindow = 'OPEN' | 'NOT_YET_OPEN' | 'CLOSED';

export function registrationWindow(
  event: Pick<EventEntity, 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'>,
  now: Date,
): RegistrationWindow {
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'NOT_YET_OPEN';
  const closes = event.registrationClosesAt ?? event.startsAt;
  return now >= closes ? 'CLOSED' : 'OPEN';
}

export interface QuotaRule {
  id: string;
  kind: QuotaKind;
  key: string;
  places: number;
}

export interface DelegateProfile {
  icsOdsCodes: string[];
  organisationTypeKey: string | null;
}

/** Places held per quota id ('' = the open pool). */
export type PlaceUsage = Map<string, number>;

export const OPEN_POOL = '';

export function quotaMatches(quota: QuotaRule, delegate: DelegateProfile): boolean {
  return quota.kind === 'ICS'
    ? delegate.icsOdsCodes.includes(quota.key)
    : delegate.organisationTypeKey === quota.key;
}

/**
 * The fair-share decision: a guaranteed quota place the delegate is eligible
 * for (ICS quotas first), else a place in the shared open pool, else none.
 * Returns the quota id, OPEN_POOL, or null when the delegate must wait.
 */
export function allocatePlace(
  capacity: number,
  quotas: QuotaRule[],
  usage: PlaceUsage,
  delegate: DelegateProfile,
): string | null {
  let held = 0;
  for (const n of usage.values()) held += n;
  if (held >= capacity) return null;
  const ordered = [...quotas].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'ICS' ? -1 : 1));
  for (const quota of ordered) {
    if (quotaMatches(quota, delegate) && (usage.get(quota.id) ?? 0) < quota.places) return quota.id;
  }
  const reserved = quotas.reduce((sum, q) => sum + q.places, 0);
  const openPlaces = Math.max(0, capacity - reserved);
  return (usage.get(OPEN_POOL) ?? 0) < openPlaces ? OPEN_POOL : null;
}

/** Problems with quotas against capacity (empty when valid). */
export function quotaProblems(capacity: number, quotas: Pick<QuotaRule, 'places' | 'kind' | 'key'>[]): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(capacity) || capacity < 1) problems.push('Capacity must be at least 1.');
  const total = quotas.reduce((sum, q) => sum + q.places, 0);
  if (total > capacity) problems.push('Quotas add up to more than the capacity.');
  const keys = new Set<string>();
  for (const q of quotas) {
    if (q.places < 1) problems.push(`The quota for ${q.key} must be at least 1 place.`);
    const k = `${q.kind}:${q.key}`;
    if (keys.has(k)) problems.push(`${q.key} has more than one quota.`);
    keys.add(k);
  }
  return problems;
}

export interface SplitAnswers {
  answers: Record<string, AnswerValue>;
  sensitive: Record<string, AnswerValue>;
  errors: { field: string; message: string }[];
}

/** Validates answers against the questions and splits out sensitive ones. */
export function checkAnswers(
  questions: EventQuestion[],
  given: { questionId: string; value?: string | null; values?: string[] | null }[],
): SplitAnswers {
  const result: SplitAnswers = { answers: {}, sensitive: {}, errors: [] };
  const byId = new Map(given.map((a) => [a.questionId, a]));
  for (const id of byId.keys()) {
    if (!questions.some((q) => q.id === id)) {
      result.errors.push({ field: id, message: 'This question is not on the form.' });
    }
  }
  for (const q of questions) {
    const a = byId.get(q.id);
    let value: AnswerValue | null = null;
    if (q.type === 'MULTI_CHOICE') {
      const values = (a?.values ?? []).filter((v) => v.trim() !== '');
      if (values.some((v) => !q.options.includes(v))) {
        result.errors.push({ field: q.id, message: `Choose from the options for "${q.label}".` });
        continue;
      }
      value = values.length ? values : null;
    } else {
      const text = a?.value?.trim() ?? '';
      if (text) {
        if (q.type === 'CHOICE' && !q.options.includes(text)) {
          result.errors.push({ field: q.id, message: `Choose one of the options for "${q.label}".` });
          continue;
        }
        if (q.type === 'YES_NO' && text !== 'YES' && text !== 'NO') {
          result.errors.push({ field: q.id, message: `Answer yes or no to "${q.label}".` });
          continue;
        }
        if (text.length > 2000) {
          result.errors.push({ field: q.id, message: `The answer to "${q.label}" is too long.` });
          continue;
        }
        value = text;
      }
    }
    if (value === null) {
      if (q.required) result.errors.push({ field: q.id, message: `Answer "${q.label}".` });
      continue;
    }
    (q.sensitive ? result.sensitive : result.answers)[q.id] = value;
  }
  return result;
}
