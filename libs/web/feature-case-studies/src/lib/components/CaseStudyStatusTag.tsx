import { Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { caseStudyStatusTag } from '../utils/case-study-status';

export interface CaseStudyStatusTagProps {
  status: string;
  /** A draft with reviewer comments reads "Returned to author". */
  reviewComments?: string | null;
}

/** A case study's status as an NHS tag with its label ("Submitted for review"), never the enum. */
export function CaseStudyStatusTag({
  status,
  reviewComments,
}: CaseStudyStatusTagProps): ReactElement {
  const tag = caseStudyStatusTag({ status, reviewComments });
  return <Tag colour={tag.colour}>{tag.label}</Tag>;
}
