import { Role } from '@mic/shared-util';
import { MyVerificationDocument } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';

export interface Verification {
  verified: boolean;
  regionalAdmin: boolean;
  organisationName: string | null;
}

/** The signed-in person's verification, or null (signed out, or the API is unreachable). */
export async function loadVerification(): Promise<Verification | null> {
  try {
    const { data } = await getClient().query({
      query: MyVerificationDocument,
      fetchPolicy: 'no-cache',
    });
    const me = data?.me;
    if (!me) return null;
    return {
      verified: me.verified,
      regionalAdmin: me.roles.includes(Role.REGIONAL_ADMIN),
      organisationName: me.membership?.organisation.name ?? null,
    };
  } catch {
    return null;
  }
}
