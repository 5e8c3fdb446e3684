import { InitialSchema1795608764951 } from './1795608764951-initial-schema';
import { CreateNotifications1795609072327 } from './1795609072327-create-notifications';
import { CreateMailOutbox1795609197943 } from './1795609197943-create-mail-outbox';
import { CreateCaseStudies1795609285245 } from './1795609285245-create-case-studies';
import { CreateEvents1795609375682 } from './1795609375682-create-events';
import { CreateDiscussionsToolkits1795609387521 } from './1795609387521-create-discussions-toolkits';
import { RegistrationMoveHistory1795613219664 } from './1795613219664-registration-move-history';
import { AttachAssessments1795613818481 } from './1795613818481-attach-assessments';
import { CreateEventFeedback1795613833159 } from './1795613833159-create-event-feedback';
import { RegisterForEventFunction1795617042340 } from './1795617042340-register-for-event-function';
import { CaseStudyVersionNumber1795617778465 } from './1795617778465-case-study-version-number';
import { RegistrationCheckInHistory1795617783639 } from './1795617783639-registration-check-in-history';
import { EventFeedbackUpdatedAt1795618068203 } from './1795618068203-event-feedback-updated-at';
import { EventVersion1795619572760 } from './1795619572760-event-version';
import { RegisterForEventLooksUpProfile1795621252270 } from './1795621252270-register-for-event-looks-up-profile';
import { VerifiedMembership1796395999806 } from './1796395999806-verified-membership';
import { SessionsResetRateLimits1796396088703 } from './1796396088703-sessions-reset-rate-limits';
import { HomeVisit1796487820285 } from './1796487820285-home-visit';
import { ThreadClientKey1796487875286 } from './1796487875286-thread-client-key';
import { SearchIndex1796488483049 } from './1796488483049-search-index';
import { ImpactOutcomes1796507291279 } from './1796507291279-impact-outcomes';
import { OutcomeCorrectionReason1796507764878 } from './1796507764878-outcome-correction-reason';
import { BoardPacks1796507835645 } from './1796507835645-board-packs';
import { IcsMapHex1796507842192 } from './1796507842192-ics-map-hex';
import { Commitments1796507957727 } from './1796507957727-commitments';
import { OutcomeImports1796520315047 } from './1796520315047-outcome-imports';
import { AuditLogAppendOnly1796520392167 } from './1796520392167-audit-log-append-only';
import { OrganisationMergeReferenceData1796520414112 } from './1796520414112-organisation-merge-reference-data';
import { OrganisationSignIn1796520490732 } from './1796520490732-organisation-sign-in';
import { AccountSuspension1796520627752 } from './1796520627752-account-suspension';
import { AccessTokens1796520877483 } from './1796520877483-access-tokens';
import { PrivacyRights1796521185712 } from './1796521185712-privacy-rights';
import { DashboardDataVersion1796523000000 } from './1796523000000-dashboard-data-version';
import { CommentUpdatedAt1796533424905 } from './1796533424905-comment-updated-at';
import { SearchFacetTokensPhrasePairs1796533560318 } from './1796533560318-search-facet-tokens-phrase-pairs';
import { SsoLinkByEmail1796534044337 } from './1796534044337-sso-link-by-email';
import { PublicContentVersion1796540000000 } from './1796540000000-public-content-version';
import { SearchTypeUpdatedIndex1796581820915 } from './1796581820915-search-type-updated-index';
import { SearchDropUnselectiveIndexes1796590000000 } from './1796590000000-search-drop-unselective-indexes';
import { RegisterAtEventVersion1796600000000 } from './1796600000000-register-at-event-version';

/** Every migration, in order (written by `npm run db:migration:generate`; never edit a merged migration). */
export const MIGRATIONS: Function[] = [
  InitialSchema1795608764951,
  CreateNotifications1795609072327,
  CreateMailOutbox1795609197943,
  CreateCaseStudies1795609285245,
  CreateEvents1795609375682,
  CreateDiscussionsToolkits1795609387521,
  RegistrationMoveHistory1795613219664,
  AttachAssessments1795613818481,
  CreateEventFeedback1795613833159,
  RegisterForEventFunction1795617042340,
  CaseStudyVersionNumber1795617778465,
  RegistrationCheckInHistory1795617783639,
  EventFeedbackUpdatedAt1795618068203,
  EventVersion1795619572760,
  RegisterForEventLooksUpProfile1795621252270,
  VerifiedMembership1796395999806,
  SessionsResetRateLimits1796396088703,
  HomeVisit1796487820285,
  ThreadClientKey1796487875286,
  SearchIndex1796488483049,
  ImpactOutcomes1796507291279,
  OutcomeCorrectionReason1796507764878,
  BoardPacks1796507835645,
  IcsMapHex1796507842192,
  Commitments1796507957727,
  OutcomeImports1796520315047,
  AuditLogAppendOnly1796520392167,
  OrganisationMergeReferenceData1796520414112,
  OrganisationSignIn1796520490732,
  AccountSuspension1796520627752,
  AccessTokens1796520877483,
  PrivacyRights1796521185712,
  DashboardDataVersion1796523000000,
  CommentUpdatedAt1796533424905,
  SearchFacetTokensPhrasePairs1796533560318,
  SsoLinkByEmail1796534044337,
  PublicContentVersion1796540000000,
  SearchTypeUpdatedIndex1796581820915,
  SearchDropUnselectiveIndexes1796590000000,
  RegisterAtEventVersion1796600000000,
];
