// Public API of @mic/web-feature-discussions.
export { CommentBody } from './lib/components/CommentBody';
export type { CommentBodyProps } from './lib/components/CommentBody';
export { ModerationQueue } from './lib/components/ModerationQueue';
export type { ModerationQueueProps } from './lib/components/ModerationQueue';
export { NotificationList } from './lib/components/NotificationList';
export type { NotificationListProps } from './lib/components/NotificationList';
export { NotificationSettingsForm } from './lib/components/NotificationSettingsForm';
export type { NotificationSettingsFormProps } from './lib/components/NotificationSettingsForm';
export { ReplyForm } from './lib/components/ReplyForm';
export type { ReplyFormProps } from './lib/components/ReplyForm';
export { StartThreadForm } from './lib/components/StartThreadForm';
export type { StartThreadFormProps } from './lib/components/StartThreadForm';
export { ThreadList } from './lib/components/ThreadList';
export type { ThreadListProps } from './lib/components/ThreadList';
export { ThreadView } from './lib/components/ThreadView';
export type { ThreadViewProps } from './lib/components/ThreadView';
export { formatDateTime, groupReplies } from './lib/utils/format';
