// Public API of @mic/web-feature-toolkits.
export { FollowForm } from './lib/components/FollowForm';
export type { FollowFormProps } from './lib/components/FollowForm';
export { ToolkitDetail } from './lib/components/ToolkitDetail';
export type { ToolkitDetailProps } from './lib/components/ToolkitDetail';
export { ToolkitList } from './lib/components/ToolkitList';
export type { ToolkitListProps } from './lib/components/ToolkitList';
export { formatBytes } from './lib/utils/format';
export { AssessmentForm } from './lib/components/AssessmentForm';
export type { AssessmentFormProps } from './lib/components/AssessmentForm';
