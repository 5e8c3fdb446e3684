import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum CommitmentsErrorCode {
  NotFound = 'COMMITMENT_NOT_FOUND',
  NotAllowedToCreate = 'COMMITMENT_NOT_ALLOWED_TO_CREATE',
  NotAllowedToUpdate = 'COMMITMENT_NOT_ALLOWED_TO_UPDATE',
  UnknownOrganisation = 'COMMITMENT_UNKNOWN_ORGANISATION',
  LeadNotPartner = 'COMMITMENT_LEAD_NOT_PARTNER',
  UnknownTheme = 'COMMITMENT_UNKNOWN_THEME',
  UnknownMetric = 'COMMITMENT_UNKNOWN_METRIC',
  IncompleteTarget = 'COMMITMENT_INCOMPLETE_TARGET',
  BadDate = 'COMMITMENT_BAD_DATE',
  FutureUpdate = 'COMMITMENT_FUTURE_UPDATE',
  BeforeCommitment = 'COMMITMENT_UPDATE_BEFORE_COMMITMENT',
  EvidenceNotFound = 'COMMITMENT_EVIDENCE_NOT_FOUND',
  EvidenceIncomplete = 'COMMITMENT_EVIDENCE_INCOMPLETE',
  EvidenceKindNotSupported = 'COMMITMENT_EVIDENCE_KIND_NOT_SUPPORTED',
  EvidenceDuplicate = 'COMMITMENT_EVIDENCE_DUPLICATE',
  MeasurementNotCitable = 'COMMITMENT_MEASUREMENT_NOT_CITABLE',
  NotAllowedToEdit = 'COMMITMENT_NOT_ALLOWED_TO_EDIT',
  NothingToChange = 'COMMITMENT_NOTHING_TO_CHANGE',
}

const CATEGORY: Record<CommitmentsErrorCode, ErrorSpec> = {
  [CommitmentsErrorCode.NotFound]: [ErrorCategory.NotFound, 'The commitment was not found.'],
  [CommitmentsErrorCode.NotAllowedToCreate]: [
    ErrorCategory.Forbidden,
    'Only verified members of one of its organisations, admins of their ICS or regional admins can make a commitment for them.',
  ],
  [CommitmentsErrorCode.NotAllowedToUpdate]: [
    ErrorCategory.Forbidden,
    'Only the owner, verified members of its organisations or admins can report progress on this commitment.',
  ],
  [CommitmentsErrorCode.UnknownOrganisation]: [
    ErrorCategory.BadUserInput,
    'Choose organisations from the directory.',
    'organisationIds',
  ],
  [CommitmentsErrorCode.LeadNotPartner]: [
    ErrorCategory.BadUserInput,
    'The lead organisation must be one of the organisations making the commitment.',
    'leadOrganisationId',
  ],
  [CommitmentsErrorCode.UnknownTheme]: [
    ErrorCategory.BadUserInput,
    'Choose themes from the list.',
    'themeKeys',
  ],
  [CommitmentsErrorCode.UnknownMetric]: [
    ErrorCategory.BadUserInput,
    'That metric is not in the dictionary.',
    'metricKey',
  ],
  [CommitmentsErrorCode.IncompleteTarget]: [
    ErrorCategory.BadUserInput,
    'A target needs a metric, a target value and a target date.',
    'targetValue',
  ],
  [CommitmentsErrorCode.BadDate]: [ErrorCategory.BadUserInput, 'Enter a real date.', 'reportedOn'],
  [CommitmentsErrorCode.FutureUpdate]: [
    ErrorCategory.BadUserInput,
    'The date of the update must be today or in the past.',
    'reportedOn',
  ],
  [CommitmentsErrorCode.BeforeCommitment]: [
    ErrorCategory.BadUserInput,
    'The date of the update must be after the commitment was made.',
    'reportedOn',
  ],
  [CommitmentsErrorCode.EvidenceNotFound]: [
    ErrorCategory.BadUserInput,
    'Evidence must be something you can see: a published case study or event, or one of your own.',
    'evidence',
  ],
  [CommitmentsErrorCode.EvidenceIncomplete]: [
    ErrorCategory.BadUserInput,
    'A link needs a title and a web address starting with http:// or https://.',
    'evidence',
  ],
  [CommitmentsErrorCode.EvidenceKindNotSupported]: [
    ErrorCategory.BadUserInput,
    'Evidence can be a case study, an outcome figure, an event, a file or a link.',
    'evidence',
  ],
  [CommitmentsErrorCode.EvidenceDuplicate]: [
    ErrorCategory.BadUserInput,
    'The same evidence is given twice.',
    'evidence',
  ],
  [CommitmentsErrorCode.MeasurementNotCitable]: [
    ErrorCategory.BadUserInput,
    'Choose a current outcome figure of a published case study, or of an adoption in your ICS.',
    'evidence',
  ],
  [CommitmentsErrorCode.NotAllowedToEdit]: [
    ErrorCategory.Forbidden,
    'Only verified members of its organisations, admins of their ICS or regional admins can change this commitment.',
  ],
  [CommitmentsErrorCode.NothingToChange]: [
    ErrorCategory.BadUserInput,
    'Change at least one detail of the commitment.',
    'title',
  ],
};

export class CommitmentsException extends domainExceptionFrom(CATEGORY) {
  constructor(code: CommitmentsErrorCode, field?: string) {
    super(code, undefined, field);
  }
}
