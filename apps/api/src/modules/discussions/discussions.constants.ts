import { registerEnumType } from '@nestjs/graphql';

export enum ThreadSubjectType {
  CASE_STUDY = 'CASE_STUDY',
  TOOLKIT = 'TOOLKIT',
  TOOLKIT_SECTION = 'TOOLKIT_SECTION',
  EVENT = 'EVENT',
  THEME = 'THEME',
  GENERAL = 'GENERAL',
}

export enum ReactionKind {
  THUMBS_UP = 'THUMBS_UP',
  HEART = 'HEART',
  INSIGHTFUL = 'INSIGHTFUL',
  CELEBRATE = 'CELEBRATE',
}

registerEnumType(ThreadSubjectType, {
  name: 'ThreadSubjectType',
  description:
    'What a thread is about. TOOLKIT_SECTION ids are `<toolkitId>:<sectionKey>`; THEME ids are theme keys.',
});
registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: 'The fixed set of reactions.',
});

/** Longest comment body accepted (Markdown source). */
export const COMMENT_MAX_LENGTH = 20_000;
/** Largest comments page (a thread page loads up to this many at once). */
export const COMMENTS_MAX_PAGE = 250;

export const threadLink = (threadId: string, commentId?: string): string =>
  `/discussions/${threadId}${commentId ? `#comment-${commentId}` : ''}`;
