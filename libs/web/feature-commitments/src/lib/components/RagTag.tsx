import { Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { ragColour, ragLabel } from '../utils/rag';

/** A RAG status as an NHS tag: colour and words, never colour alone. */
export function RagTag({ status }: { status: string | null | undefined }): ReactElement {
  return <Tag colour={ragColour(status)}>{ragLabel(status)}</Tag>;
}

/** The overdue flag, in words. */
export function OverdueTag(): ReactElement {
  return <Tag colour="orange">Update overdue</Tag>;
}
