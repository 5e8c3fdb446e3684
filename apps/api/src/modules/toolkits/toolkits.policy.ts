import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole, isVerifiedMemberOf } from '../../common/auth/auth-user';
import { QuestionType } from './toolkits.constants';
import type { AssessmentFormData } from './entities/toolkit-version.entity';

/** Verified members may publish toolkits for their own organisation; regional admins for any. */
export function canCreateToolkit(user: AuthUser, ownerOrganisationId: string | null): boolean {
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  return isVerifiedMemberOf(user, ownerOrganisationId);
}

/** New versions: the creator, verified members of the owning organisation, or regional admins. */
export function canPublishVersion(
  user: AuthUser,
  toolkit: { ownerOrganisationId: string; createdById: string | null },
): boolean {
  if (toolkit.createdById === user.id) return true;
  return canCreateToolkit(user, toolkit.ownerOrganisationId);
}

/** Checks answers against the form; returns messages keyed by question. */
export function validateAnswers(
  form: AssessmentFormData,
  answers: Record<string, string | number>,
  requireAll: boolean,
): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const questions = new Map(form.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  for (const [key, value] of Object.entries(answers)) {
    const q = questions.get(key);
    if (!q) {
      errors.push({ field: key, message: 'There is no such question.' });
    } else if (
      q.type === QuestionType.SCALE &&
      !(Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 5)
    ) {
      errors.push({ field: key, message: 'Choose a number from 1 to 5.' });
    } else if (q.type === QuestionType.CHOICE && !(q.options ?? []).includes(String(value))) {
      errors.push({ field: key, message: 'Choose one of the options.' });
    } else if (q.type === QuestionType.TEXT && String(value).length > 5000) {
      errors.push({ field: key, message: 'Answer in 5000 characters or fewer.' });
    }
  }
  if (requireAll) {
    for (const q of questions.values()) {
      if (q.type !== QuestionType.TEXT && (answers[q.key] === undefined || answers[q.key] === '')) {
        errors.push({ field: q.key, message: `Answer "${q.label}".` });
      }
    }
  }
  return errors;
}
