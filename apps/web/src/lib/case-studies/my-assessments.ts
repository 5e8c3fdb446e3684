import { MySubmittedAssessmentsDocument } from '@mic/web-data-access';
import type { AssessmentOption } from '@mic/web-feature-case-studies';

import { getClient } from '../apollo/rsc-client';
import { readSessionToken } from '../auth/session';

/**
 * The signed-in member's assessments, for the "attach an assessment" forms;
 * empty when signed out or when the API refuses (the form is then not shown).
 */
export async function mySubmittedAssessments(): Promise<AssessmentOption[]> {
  if (!(await readSessionToken())) return [];
  try {
    const result = await getClient().query({
      query: MySubmittedAssessmentsDocument,
      fetchPolicy: 'no-cache',
    });
    return (result.data?.myAssessments ?? []).filter((a) => a.status === 'SUBMITTED');
  } catch {
    return [];
  }
}
