import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum AdoptionsErrorCode {
  NotFound = 'ADOPTION_NOT_FOUND',
  CaseStudyNotFound = 'ADOPTION_CASE_STUDY_NOT_FOUND',
  NotPublished = 'ADOPTION_CASE_STUDY_NOT_PUBLISHED',
  NotOwnOrganisation = 'ADOPTION_NOT_OWN_ORGANISATION',
  OriginCannotAdopt = 'ADOPTION_ORIGIN_CANNOT_ADOPT',
  AlreadyAdopting = 'ADOPTION_ALREADY_ADOPTING',
  NotEditor = 'ADOPTION_NOT_EDITOR',
  ReasonRequired = 'ADOPTION_REASON_REQUIRED',
  BadLineage = 'ADOPTION_BAD_LINEAGE',
  UnknownIcs = 'ADOPTION_UNKNOWN_ICS',
}

const CATEGORY: Record<AdoptionsErrorCode, ErrorSpec> = {
  [AdoptionsErrorCode.NotFound]: [ErrorCategory.NotFound, 'The adoption was not found.'],
  [AdoptionsErrorCode.CaseStudyNotFound]: [
    ErrorCategory.NotFound,
    'The case study was not found.',
    'caseStudyId',
  ],
  [AdoptionsErrorCode.NotPublished]: [
    ErrorCategory.Conflict,
    'Only published case studies can be adopted.',
    'caseStudyId',
  ],
  [AdoptionsErrorCode.NotOwnOrganisation]: [
    ErrorCategory.Forbidden,
    'You can only declare adoptions for your own organisation.',
    'organisationId',
  ],
  [AdoptionsErrorCode.OriginCannotAdopt]: [
    ErrorCategory.BadUserInput,
    'The originating organisation cannot adopt its own case study.',
    'organisationId',
  ],
  [AdoptionsErrorCode.AlreadyAdopting]: [
    ErrorCategory.Conflict,
    'This organisation is already adopting this case study.',
    'organisationId',
  ],
  [AdoptionsErrorCode.NotEditor]: [
    ErrorCategory.Forbidden,
    'Only members of the adopting organisation (or admins) can change this adoption.',
  ],
  [AdoptionsErrorCode.ReasonRequired]: [
    ErrorCategory.BadUserInput,
    'Say why the adoption stopped.',
    'stageReason',
  ],
  [AdoptionsErrorCode.BadLineage]: [
    ErrorCategory.BadUserInput,
    'learnedFromAdoptionId must be another adoption of the same case study.',
    'learnedFromAdoptionId',
  ],
  [AdoptionsErrorCode.UnknownIcs]: [
    ErrorCategory.BadUserInput,
    'No ICS has that ODS code.',
    'icsOdsCode',
  ],
};

export class AdoptionsException extends domainExceptionFrom(CATEGORY) {}
