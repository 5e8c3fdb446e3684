import { Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { RegistrationStatusValue } from '../utils/event-format';
import { REGISTRATION_STATUS_COLOURS, REGISTRATION_STATUS_LABELS } from '../utils/event-format';

export interface RegistrationStatusTagProps {
  status: RegistrationStatusValue;
  waitlistPosition?: number | null;
}

/** A registration's status as an NHS tag ("On the waiting list (number 3)"). */
export function RegistrationStatusTag({ status, waitlistPosition }: RegistrationStatusTagProps): ReactElement {
  const label = REGISTRATION_STATUS_LABELS[status];
  return (
    <Tag colour={REGISTRATION_STATUS_COLOURS[status]}>
      {status === 'WAITLISTED' && waitlistPosition ? `${label} (number ${waitlistPosition})` : label}
    </Tag>
  );
}
