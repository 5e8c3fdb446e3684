import type { EventEntity } from '../entities/event.entity';
import type { AnswerValue, RegistrationEntity } from '../entities/registration.entity';
import { RegistrationStatus } from '../entities/registration.entity';
import type { DelegateProfile } from '../events.policy';
import { OPEN_POOL, allocatePlace, checkAnswers } from '../events.policy';
import type { PlaceState } from './registrations.repository';

export interface Placement {
  status: RegistrationStatus;
  quotaId: string | null;
  waitlistPosition: number | null;
  /** The ICS whose quota place was taken, if any. */
  icsOdsCode: string | null;
}

/** The fair-share decision applied to the locked state. */
export function decidePlace(event: EventEntity, state: PlaceState, profile: DelegateProfile): Placement {
  const slot = allocatePlace(event.capacity, state.quotas, state.usage, profile);
  if (slot === null) {
    return { status: RegistrationStatus.WAITLISTED, quotaId: null, waitlistPosition: state.nextPosition, icsOdsCode: null };
  }
  const quota = state.quotas.find((q) => q.id === slot);
  return {
    status: RegistrationStatus.CONFIRMED,
    quotaId: slot === OPEN_POOL ? null : slot,
    waitlistPosition: null,
    icsOdsCode: quota?.kind === 'ICS' ? quota.key : null,
  };
}

/**
 * Answers to carry over on a move: those to questions the target event asks
 * with the same id and type, still valid against its options (sensitive ones
 * follow the target question's flag). Missing required answers do not block.
 */
export function copyAnswers(
  from: EventEntity,
  to: EventEntity,
  reg: RegistrationEntity,
): { answers: Record<string, AnswerValue>; sensitive: Record<string, AnswerValue> } {
  const old = { ...reg.answers, ...(reg.sensitiveAnswers ?? {}) };
  const given = to.questions
    .filter((q) => from.questions.some((f) => f.id === q.id && f.type === q.type) && old[q.id] !== undefined)
    .map((q) => {
      const v = old[q.id];
      return Array.isArray(v) ? { questionId: q.id, values: v } : { questionId: q.id, value: v };
    });
  const checked = checkAnswers(to.questions, given);
  return { answers: checked.answers, sensitive: checked.sensitive };
}
