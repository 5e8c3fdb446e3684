import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { RegistrationChangeReason } from '../entities/registration-change.entity';
import { RegistrationStatus } from '../entities/registration.entity';

registerEnumType(RegistrationChangeReason, {
  name: 'RegistrationChangeReason',
  description: 'Why a registration changed.',
  valuesMap: {
    SELF: { description: 'The delegate cancelled.' },
    ORGANISER: { description: 'An organiser cancelled or declined it.' },
    MOVED: { description: 'An organiser moved the delegate from or to another event (see otherEvent).' },
    OFFER_ACCEPTED: { description: 'The delegate accepted an offer of a place.' },
    OFFER_DECLINED: { description: 'The delegate declined an offer of a place.' },
    OFFER_EXPIRED: { description: 'An offer of a place ran out (the system).' },
    APPROVED: { description: 'An organiser approved a pending registration.' },
    PLACE_FREED: { description: 'A place was freed and offered from the waiting list (the system).' },
    CHECKED_IN: { description: 'Checked in at the event (status unchanged).' },
  },
});

@ObjectType('RegistrationChange', { description: 'One recorded change of a registration: who, when, from and to, and why.' })
export class RegistrationChangeModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => Date, { description: 'When it happened (UTC).' })
  at!: Date;

  @Field(() => RegistrationStatus, { nullable: true, description: 'Status before (null when the registration was made).' })
  fromStatus!: RegistrationStatus | null;

  @Field(() => RegistrationStatus, { description: 'Status after.' })
  toStatus!: RegistrationStatus;

  @Field(() => RegistrationChangeReason, { nullable: true, description: 'Why (null for a plain registration or an unrecognised reason).' })
  reason!: RegistrationChangeReason | null;

  /** Resolved to `actor` through the userById loader; null = the system. */
  actorId!: string | null;

  /** For a move: the event it came from (first change) or went to (the cancellation). */
  otherEventId!: string | null;
}
