import type { SearchDocumentType } from '@mic/web-data-access';

/** Reader-facing names of the document types (the type tag on each result). */
export const SEARCH_TYPE_LABELS: Record<SearchDocumentType, string> = {
  CASE_STUDY: 'Case study',
  ADOPTION: 'Adoption',
  TOOLKIT: 'Toolkit',
  TOOLKIT_SECTION: 'Toolkit section',
  EVENT: 'Event',
  THREAD: 'Discussion',
  COMMENT: 'Comment',
  ORGANISATION: 'Organisation',
  PERSON: 'Person',
};
