import { AccountDeletionEntity } from '../modules/privacy/entities/account-deletion.entity';
import { DataExportEntity } from '../modules/privacy/entities/data-export.entity';
import { CommitmentEntity } from '../modules/commitments/entities/commitment.entity';
import { CommitmentOrganisationEntity } from '../modules/commitments/entities/commitment-organisation.entity';
import { CommitmentThemeEntity } from '../modules/commitments/entities/commitment-theme.entity';
import { CommitmentUpdateEntity } from '../modules/commitments/entities/commitment-update.entity';
import { CommitmentUpdateEvidenceEntity } from '../modules/commitments/entities/commitment-update-evidence.entity';
import { AdaptationEntity } from '../modules/adoptions/entities/adaptation.entity';
import { AdoptionEntity } from '../modules/adoptions/entities/adoption.entity';
import { AdoptionStageChangeEntity } from '../modules/adoptions/entities/adoption-stage-change.entity';
import { CaseStudyEntity } from '../modules/case-studies/entities/case-study.entity';
import { CaseStudyPartnerEntity } from '../modules/case-studies/entities/case-study-partner.entity';
import { CaseStudyReviewEntity } from '../modules/case-studies/entities/case-study-review.entity';
import { CaseStudyThemeEntity } from '../modules/case-studies/entities/case-study-theme.entity';
import { CaseStudyVersionEntity } from '../modules/case-studies/entities/case-study-version.entity';
import { MetricEntity } from '../modules/metrics/entities/metric.entity';
import { OutcomeMeasurementEntity } from '../modules/metrics/entities/outcome-measurement.entity';
import { OutcomeImportEntity } from '../modules/metrics/import/entities/outcome-import.entity';
import { OutcomeImportRowEntity } from '../modules/metrics/import/entities/outcome-import-row.entity';
import { AuditLogEntity } from '../modules/audit/entities/audit-log.entity';
import { RateLimitHitEntity } from '../common/rate-limit/rate-limit-hit.entity';
import { PublicContentVersionEntity } from '../common/public-cache/public-content-version.entity';
import { AccessTokenEntity } from '../modules/auth/entities/access-token.entity';
import { PasswordResetTokenEntity } from '../modules/auth/entities/password-reset-token.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import {
  SsoConnectionDomainEntity,
  SsoConnectionEntity,
} from '../modules/auth/sso/entities/sso-connection.entity';
import {
  SsoFlowEntity,
  SsoPendingLinkEntity,
  SsoSessionEntity,
} from '../modules/auth/sso/entities/sso-flow.entity';
import { UserSsoIdentityEntity } from '../modules/auth/sso/entities/user-sso-identity.entity';
import { SignInAttemptEntity } from '../modules/auth/entities/sign-in-attempt.entity';
import { CommentEntity } from '../modules/discussions/entities/comment.entity';
import { CommentReactionEntity } from '../modules/discussions/entities/comment-reaction.entity';
import { CommentRevisionEntity } from '../modules/discussions/entities/comment-revision.entity';
import { ThreadEntity } from '../modules/discussions/entities/thread.entity';
import { FileDownloadEntity } from '../modules/files/entities/file-download.entity';
import { StoredFileEntity } from '../modules/files/entities/stored-file.entity';
import { FollowEntity } from '../modules/follows/entities/follow.entity';
import { HomeVisitEntity } from '../modules/follows/entities/home-visit.entity';
import { NotificationPreferenceEntity } from '../modules/follows/entities/notification-preference.entity';
import { CommentFlagEntity } from '../modules/moderation/entities/comment-flag.entity';
import { AssessmentEntity } from '../modules/toolkits/entities/assessment.entity';
import { AssessmentLinkEntity } from '../modules/toolkits/entities/assessment-link.entity';
import { ToolkitEntity } from '../modules/toolkits/entities/toolkit.entity';
import { ToolkitVersionEntity } from '../modules/toolkits/entities/toolkit-version.entity';
import { IcsEntity } from '../modules/directory/entities/ics.entity';
import { NetworkEntity } from '../modules/directory/entities/network.entity';
import { OrganisationEntity } from '../modules/directory/entities/organisation.entity';
import { OrganisationMergeEntity } from '../modules/directory/entities/organisation-merge.entity';
import { OrganisationIcsEntity } from '../modules/directory/entities/organisation-ics.entity';
import { OrganisationPlaceEntity } from '../modules/directory/entities/organisation-place.entity';
import { OrganisationTypeEntity } from '../modules/directory/entities/organisation-type.entity';
import { PlaceEntity } from '../modules/directory/entities/place.entity';
import { ThemeEntity } from '../modules/directory/entities/theme.entity';
import { CalendarFeedEntity } from '../modules/events/entities/calendar-feed.entity';
import { EventEntity } from '../modules/events/entities/event.entity';
import { EventQuotaEntity } from '../modules/events/entities/event-quota.entity';
import { EventFeedbackEntity } from '../modules/events/entities/event-feedback.entity';
import { RegistrationEntity } from '../modules/events/entities/registration.entity';
import { RegistrationChangeEntity } from '../modules/events/entities/registration-change.entity';
import { MailMessageEntity } from '../modules/mail/entities/mail-message.entity';
import { NotificationEntity } from '../modules/notifications/entities/notification.entity';
import { RoleAssignmentEntity } from '../modules/users/entities/role-assignment.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { EmailConfirmationEntity } from '../modules/users/entities/email-confirmation.entity';
import { OrganisationRequestEntity } from '../modules/users/entities/organisation-request.entity';
import { SearchDocumentEntity } from '../modules/search/entities/search-document.entity';
import { SearchDocumentTextEntity } from '../modules/search/entities/search-document-text.entity';
import { SearchFacetLabelEntity } from '../modules/search/entities/search-facet-label.entity';
import { SearchSourceStateEntity } from '../modules/search/entities/search-source-state.entity';
import { BoardPackEntity } from '../modules/dashboards/board-packs/entities/board-pack.entity';
import { SearchVocabularyEntity } from '../modules/search/entities/search-vocabulary.entity';

/** Every entity, listed explicitly (no globs: works the same in ts and js). */
export const ENTITIES = [
  RateLimitHitEntity,
  PublicContentVersionEntity,
  PasswordResetTokenEntity,
  IcsEntity,
  PlaceEntity,
  ThemeEntity,
  OrganisationTypeEntity,
  OrganisationEntity,
  OrganisationMergeEntity,
  OrganisationIcsEntity,
  OrganisationPlaceEntity,
  NetworkEntity,
  UserEntity,
  RoleAssignmentEntity,
  EmailConfirmationEntity,
  OrganisationRequestEntity,
  SessionEntity,
  SsoConnectionEntity,
  SsoConnectionDomainEntity,
  UserSsoIdentityEntity,
  SsoFlowEntity,
  SsoPendingLinkEntity,
  SsoSessionEntity,
  AccessTokenEntity,
  SignInAttemptEntity,
  AuditLogEntity,
  NotificationEntity,
  MailMessageEntity,
  CaseStudyEntity,
  CaseStudyThemeEntity,
  CaseStudyPartnerEntity,
  CaseStudyVersionEntity,
  CaseStudyReviewEntity,
  MetricEntity,
  OutcomeMeasurementEntity,
  OutcomeImportEntity,
  OutcomeImportRowEntity,
  AdoptionEntity,
  AdoptionStageChangeEntity,
  AdaptationEntity,
  EventEntity,
  EventQuotaEntity,
  EventFeedbackEntity,
  RegistrationEntity,
  RegistrationChangeEntity,
  CalendarFeedEntity,
  // issue 6: discussions, follows, moderation, files, toolkits
  ThreadEntity,
  CommentEntity,
  CommentRevisionEntity,
  CommentReactionEntity,
  FollowEntity,
  HomeVisitEntity,
  NotificationPreferenceEntity,
  CommentFlagEntity,
  StoredFileEntity,
  FileDownloadEntity,
  ToolkitEntity,
  ToolkitVersionEntity,
  AssessmentEntity,
  // case study editor gap: assessments attached to case studies and adoptions
  AssessmentLinkEntity,
  // search: the index read model (issue #13)
  SearchDocumentEntity,
  SearchDocumentTextEntity,
  SearchFacetLabelEntity,
  SearchVocabularyEntity,
  SearchSourceStateEntity,
  // impact: the regional commitments tracker (issue #14)
  CommitmentEntity,
  CommitmentOrganisationEntity,
  CommitmentThemeEntity,
  CommitmentUpdateEntity,
  CommitmentUpdateEvidenceEntity,
  // impact (issue #14): board packs
  BoardPackEntity,
  DataExportEntity,
  AccountDeletionEntity,
];
