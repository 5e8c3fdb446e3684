/**
 * Comments loaded with a thread page (and its edit and remove pages). The
 * API's query-cost limit (5,000) allows about 170 comments with the fields the
 * page asks for (edit history and the viewer's permissions included).
 */
export const THREAD_PAGE_SIZE = 150;
