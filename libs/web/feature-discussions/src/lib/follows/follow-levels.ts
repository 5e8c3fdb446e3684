import type { FollowLevel, FollowTargetType } from '@mic/web-data-access';

/** The follow levels as people read them (the API's descriptions, in plain English). */
export const FOLLOW_LEVELS: ReadonlyArray<{ value: FollowLevel; text: string; hint: string }> = [
  { value: 'WATCHING', text: 'Watching', hint: 'Every new item, in your home feed and by email.' },
  { value: 'NORMAL', text: 'Normal', hint: 'In your home feed and your digest email.' },
  { value: 'MUTED', text: 'Muted', hint: 'Nothing: hidden from your home feed and digest.' },
];

/** The form value meaning "stop following". */
export const NOT_FOLLOWING = 'NONE';

export function levelText(level: FollowLevel | null | undefined): string {
  return FOLLOW_LEVELS.find((l) => l.value === level)?.text ?? 'Not following';
}

const KINDS: Record<FollowTargetType, string> = {
  THREAD: 'Discussion',
  CASE_STUDY: 'Case study',
  TOOLKIT: 'Toolkit',
  EVENT: 'Event',
  THEME: 'Theme',
  ICS: 'Integrated care system',
  ORGANISATION: 'Organisation',
};

export function targetKindText(type: FollowTargetType): string {
  return KINDS[type] ?? type;
}
