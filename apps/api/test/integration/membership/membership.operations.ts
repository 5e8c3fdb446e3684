export const SIGN_UP = `mutation ($input: SignUpInput!) {
  signUp(input: $input) { accessToken user { id verified membership { status organisation { id } } } }
}`;
export const ME = `query { me { id verified verificationMethod emailConfirmed
  organisation { id } membership { status verificationMethod organisation { id name } } } }`;
export const CONFIRM_EMAIL = `mutation ($input: ConfirmEmailInput!) {
  confirmEmail(input: $input) { id verified verificationMethod membership { status } }
}`;
export const RESEND = `mutation { resendEmailConfirmation }`;
export const REQUEST_MEMBERSHIP = `mutation ($input: RequestMembershipInput!) {
  requestMembership(input: $input) { id verified membership { status organisation { id } } }
}`;
export const VOUCH = `mutation ($input: VouchForMemberInput!) {
  vouchForMember(input: $input) { id verified verificationMethod membership { status } }
}`;
export const APPROVE = `mutation ($input: MembershipDecisionInput!) {
  approveMembership(input: $input) { id verified verificationMethod membership { status } }
}`;
export const DECLINE = `mutation ($input: MembershipDecisionInput!) {
  declineMembership(input: $input) { id verified membership { status declinedAt } }
}`;
export const MEMBERSHIP_REQUESTS = `query {
  membershipRequests { id email emailConfirmed emailDomainMatches user { id name } organisation { id } }
}`;
export const REQUEST_ORGANISATION = `mutation ($input: RequestOrganisationInput!) {
  requestOrganisation(input: $input) { id name status emailDomain ics { odsCode } requestedBy { id } }
}`;
export const ORGANISATION_REQUESTS = `query ($status: OrganisationRequestStatus) {
  organisationRequests(status: $status) { id name status }
}`;
export const CREATE_REQUESTED = `mutation ($input: CreateRequestedOrganisationInput!) {
  createRequestedOrganisation(input: $input) { id status organisation { id name emailDomains } }
}`;
export const REJECT_REQUEST = `mutation ($input: RejectOrganisationRequestInput!) {
  rejectOrganisationRequest(input: $input) { id status decisionNote }
}`;
export const CASE_STUDY = `query ($slug: String!) { caseStudy(slug: $slug) { id status } }`;
export const UPDATE_CASE_STUDY = `mutation ($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { id title } }`;
export const ATTACH = `mutation ($input: AttachCaseStudyFilesInput!) { attachCaseStudyFiles(input: $input) { id } }`;
