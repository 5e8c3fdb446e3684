import { Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { RegistrationStatusValue } from '../utils/event-format';
import { REGISTRATION_STATUS_COLOURS, REGISTRATION_STATUS_LABELS } from '../utils/event-format';

export interface RegistrationStatusTagProps {
  status: RegistrationStatusValue;
  /** The live place in the waiting-list queue (Registration.waitlistPlace), never the stored number. */
  waitlistPlace?: number | null;
}

/** A registration's status as an NHS tag ("On the waiting list (number 3)"). */
export function RegistrationStatusTag({ status, waitlistPlace }: RegistrationStatusTagProps): ReactElement {
  const label = REGISTRATION_STATUS_LABELS[status];
  return (
    <Tag colour={REGISTRATION_STATUS_COLOURS[status]}>
      {status === 'WAITLISTED' && waitlistPlace ? `${label} (number ${waitlistPlace})` : label}
    </Tag>
  );
}
