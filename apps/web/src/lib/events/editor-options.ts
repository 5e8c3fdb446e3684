import { EventEditorOptionsDocument } from '@mic/web-data-access';
import type { EventEditorOptionsQuery } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';

const CREATORS = new Set(['ORGANISER', 'REGIONAL_ADMIN', 'ICS_ADMIN']);

/** ICSs and organisation types for the editor, and whether the user may create events. */
export async function loadEditorOptions(): Promise<{ options: EventEditorOptionsQuery; canCreate: boolean }> {
  const { data } = await getClient().query({ query: EventEditorOptionsDocument });
  if (!data) throw new Error('Editor options are unavailable');
  return { options: data, canCreate: !!data.me?.roles.some((r) => CREATORS.has(r)) };
}
