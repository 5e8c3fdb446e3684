import { EVENT_CREATOR_ROLES, hasAnyRole } from '@mic/shared-util';
import { EventEditorOptionsDocument } from '@mic/web-data-access';
import type { EventEditorOptionsQuery } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';

/** ICSs and organisation types for the editor, and whether the user may create events. */
export async function loadEditorOptions(): Promise<{
  options: EventEditorOptionsQuery;
  canCreate: boolean;
}> {
  const { data } = await getClient().query({ query: EventEditorOptionsDocument });
  if (!data) throw new Error('Editor options are unavailable');
  return { options: data, canCreate: hasAnyRole(data.me?.roles ?? [], EVENT_CREATOR_ROLES) };
}
