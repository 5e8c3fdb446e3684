import { registerEnumType } from '@nestjs/graphql';

export enum FollowTargetType {
  THREAD = 'THREAD',
  CASE_STUDY = 'CASE_STUDY',
  TOOLKIT = 'TOOLKIT',
  EVENT = 'EVENT',
  THEME = 'THEME',
  ICS = 'ICS',
}

export enum FollowLevel {
  /** Every new post. */
  WATCHING = 'WATCHING',
  /** Replies to me and mentions only. */
  NORMAL = 'NORMAL',
  /** Nothing. */
  MUTED = 'MUTED',
}

export enum DigestFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}

/** Email kinds a person can unsubscribe from, one click each. */
export enum EmailKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  DIGEST = 'DIGEST',
}

export const DIGEST_QUEUE = 'notifications.digest';

registerEnumType(FollowTargetType, {
  name: 'FollowTargetType',
  description: 'Things people can follow.',
});
registerEnumType(FollowLevel, {
  name: 'FollowLevel',
  description: 'WATCHING: every new post; NORMAL: replies to you and mentions; MUTED: nothing.',
});
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often the digest email comes.',
});
registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'Kinds of email you can unsubscribe from.',
});
