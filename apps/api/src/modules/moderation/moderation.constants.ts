import { registerEnumType } from '@nestjs/graphql';

export enum FlagReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OTHER = 'OTHER',
}

export enum ModerationAction {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
  WARN = 'WARN',
  SUSPEND = 'SUSPEND',
}

/** Flags from this many different verified members hide a comment pending review. */
export const AUTO_HIDE_FLAGS = 3;

registerEnumType(FlagReason, { name: 'FlagReason', description: 'Why a comment was flagged.' });
registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  description: 'HIDE, RESTORE, DISMISS (flags), WARN the author, SUSPEND the author for some days.',
});
