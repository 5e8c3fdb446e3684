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
export {
  commentPageNumber,
  newerCommentsHref,
  olderCommentsHref,
  parseCommentPageParams,
} from './lib/utils/comment-pages';
export type { CommentPageParams } from './lib/utils/comment-pages';
export { MentionTextarea } from './lib/components/MentionTextarea';
export type { MentionPerson, MentionTextareaProps } from './lib/components/MentionTextarea';
export { findMentionQuery, insertMention, mentionToken } from './lib/utils/mention';
export { discussionError, discussionFormState } from './lib/utils/form-state';
export type { DiscussionFormAction, DiscussionFormState } from './lib/utils/form-state';
export { mentionsAsText } from './lib/utils/mention';
export { friendlyApiErrors } from './lib/utils/api-errors';
export { DiscussionsFilter, SUBJECT_TYPE_LABELS } from './lib/components/DiscussionsFilter';
export type {
  DiscussionsFilterProps,
  DiscussionsFilterValues,
} from './lib/components/DiscussionsFilter';
export { DiscussionsTable } from './lib/components/DiscussionsTable';
export { EditCommentForm } from './lib/components/EditCommentForm';
export type { EditCommentFormProps } from './lib/components/EditCommentForm';
export { PersonProfile, ROLE_BADGES } from './lib/components/PersonProfile';
export { RevisionHistory } from './lib/components/RevisionHistory';
export { ThreadControls } from './lib/components/ThreadControls';
export { diffWords, revisionSteps } from './lib/utils/diff';
export type { DiffPart, RevisionStep } from './lib/utils/diff';
export { hasMention } from './lib/utils/mention';
// Following and the home feed.
export { FollowControl } from './lib/follows/FollowControl';
export type { FollowControlProps } from './lib/follows/FollowControl';
export { FollowsSettings } from './lib/follows/FollowsSettings';
export type { FollowsSettingsProps } from './lib/follows/FollowsSettings';
export { HomeFeed } from './lib/follows/HomeFeed';
export type { HomeFeedProps, HomeFeedTab } from './lib/follows/HomeFeed';
export { NOT_FOLLOWING } from './lib/follows/follow-levels';
