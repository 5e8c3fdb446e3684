import { registerEnumType } from '@nestjs/graphql';

export enum FollowTargetType {
  THREAD = 'THREAD',
  CASE_STUDY = 'CASE_STUDY',
  TOOLKIT = 'TOOLKIT',
  EVENT = 'EVENT',
  THEME = 'THEME',
  ICS = 'ICS',
  ORGANISATION = 'ORGANISATION',
}

export enum FollowLevel {
  /** Every new item, in the feed and by email. */
  WATCHING = 'WATCHING',
  /** In the home feed and the digest. */
  NORMAL = 'NORMAL',
  /** Nothing: hidden from the feed and the digest. */
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
  /** A new case study or event in an ICS, theme or organisation you watch. */
  WATCHING = 'WATCHING',
  DIGEST = 'DIGEST',
}

export const DIGEST_QUEUE = 'notifications.digest';
/** The backstop sweep of watching alerts (every five minutes). */
export const WATCHING_SWEEP_QUEUE = 'follows.watching-sweep';

registerEnumType(FollowTargetType, {
  name: 'FollowTargetType',
  description:
    'Things people can follow: threads, case studies, toolkits, events, themes, ICSs and organisations.',
});
registerEnumType(FollowLevel, {
  name: 'FollowLevel',
  description:
    'WATCHING: every new item, in your home feed and by email; NORMAL: in your home feed and the digest; MUTED: nothing, hidden from your feed and digest.',
});
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often the digest email comes.',
});
registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'Kinds of email you can unsubscribe from.',
});
