import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DirectoryRepository } from '../directory/directory.repository';
import { OnMembershipVerified } from '../users/membership/membership-verified';
import type {
  MembershipVerifiedEvent,
  MembershipVerifiedListener,
} from '../users/membership/membership-verified';
import { FollowsService } from './follows.service';

/** New members follow their own ICS (their organisation's ICSs) at NORMAL once verified. */
@OnMembershipVerified({ feature: 'follows' })
@Injectable()
export class FollowOwnIcsOnVerification implements MembershipVerifiedListener {
  constructor(
    private readonly follows: FollowsService,
    private readonly directory: DirectoryRepository,
  ) {}

  async membershipVerified(manager: EntityManager, event: MembershipVerifiedEvent): Promise<void> {
    const links = await this.directory.findIcsLinks([event.organisationId]);
    const codes = links.flatMap((l) => (l.ics ? [l.ics.odsCode] : []));
    await this.follows.followOwnIcs(manager, event.userId, codes);
  }
}
