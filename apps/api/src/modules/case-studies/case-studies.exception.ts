import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum CaseStudiesErrorCode {
  NotFound = 'CASE_STUDY_NOT_FOUND',
  NotEditor = 'CASE_STUDY_NOT_EDITOR',
  NotVerified = 'CASE_STUDY_NOT_VERIFIED',
  NotReviewer = 'CASE_STUDY_NOT_REVIEWER',
  SameIcsReviewer = 'CASE_STUDY_SAME_ICS_REVIEWER',
  WrongStatus = 'CASE_STUDY_WRONG_STATUS',
  VersionConflict = 'CASE_STUDY_VERSION_CONFLICT',
  UnknownIcs = 'CASE_STUDY_UNKNOWN_ICS',
  UnknownPlace = 'CASE_STUDY_UNKNOWN_PLACE',
  UnknownTheme = 'CASE_STUDY_UNKNOWN_THEME',
  NotOwnOrganisation = 'CASE_STUDY_NOT_OWN_ORGANISATION',
  MembershipNotVerified = 'CASE_STUDY_MEMBERSHIP_NOT_VERIFIED',
  CommentsRequired = 'CASE_STUDY_COMMENTS_REQUIRED',
  FileNotYours = 'CASE_STUDY_FILE_NOT_YOURS',
  AttachmentNotFound = 'CASE_STUDY_ATTACHMENT_NOT_FOUND',
}

const CATEGORY: Record<CaseStudiesErrorCode, ErrorSpec> = {
  [CaseStudiesErrorCode.NotFound]: [ErrorCategory.NotFound, 'The case study was not found.'],
  [CaseStudiesErrorCode.NotEditor]: [
    ErrorCategory.Forbidden,
    'Only members of the authoring organisation (or admins) can change this case study.',
  ],
  [CaseStudiesErrorCode.NotVerified]: [
    ErrorCategory.Forbidden,
    'Only verified members can submit case studies for publication.',
  ],
  [CaseStudiesErrorCode.NotReviewer]: [
    ErrorCategory.Forbidden,
    'Only moderators, ICS admins and regional admins can review case studies.',
  ],
  [CaseStudiesErrorCode.SameIcsReviewer]: [
    ErrorCategory.Forbidden,
    'Peer review must be done by someone from a different ICS.',
  ],
  [CaseStudiesErrorCode.WrongStatus]: [
    ErrorCategory.Conflict,
    'The case study is not in a state that allows this.',
  ],
  [CaseStudiesErrorCode.VersionConflict]: [
    ErrorCategory.Conflict,
    'Someone else changed this case study since you opened it. Reload it and make your changes again.',
    'expectedVersion',
  ],
  [CaseStudiesErrorCode.UnknownIcs]: [
    ErrorCategory.BadUserInput,
    'No ICS has that ODS code.',
    'icsOdsCode',
  ],
  [CaseStudiesErrorCode.UnknownPlace]: [
    ErrorCategory.BadUserInput,
    'That place is not in the chosen ICS.',
    'placeName',
  ],
  [CaseStudiesErrorCode.UnknownTheme]: [ErrorCategory.BadUserInput, 'Unknown theme key.', 'themes'],
  [CaseStudiesErrorCode.MembershipNotVerified]: [
    ErrorCategory.Forbidden,
    'Your membership of this organisation is not verified yet. Confirm your work email, or ask a colleague to vouch for you.',
    'organisationId',
  ],
  [CaseStudiesErrorCode.NotOwnOrganisation]: [
    ErrorCategory.Forbidden,
    'You can only write case studies for your own organisation.',
    'organisationId',
  ],
  [CaseStudiesErrorCode.CommentsRequired]: [
    ErrorCategory.BadUserInput,
    'Say what the author needs to change.',
    'comments',
  ],
  [CaseStudiesErrorCode.FileNotYours]: [
    ErrorCategory.BadUserInput,
    'Attach only files you uploaded that are not attached elsewhere.',
    'fileIds',
  ],
  [CaseStudiesErrorCode.AttachmentNotFound]: [
    ErrorCategory.NotFound,
    'That file is not attached to this case study.',
    'fileId',
  ],
};

export class CaseStudiesException extends domainExceptionFrom(CATEGORY) {}
