export const CASE_STUDY_FIELDS = `
  id slug title summary status version reviewBy isStale evidenceLevel stage canEdit reviewComments
  problem { markdown html } approach { markdown html } coreComponents { markdown html }
  targetPopulation { groups imdQuintiles ageBands }
  organisation { id name } ics { odsCode } place { name } themes { key label }
  partners { name role } contact { name role email }
  peerReview { reviewedAt ics { odsCode shortName } }
  adoptionCount
`;

export const CREATE = `mutation Create($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { ${CASE_STUDY_FIELDS} } }`;
export const UPDATE = `mutation Update($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { ${CASE_STUDY_FIELDS} } }`;
export const SUBMIT = `mutation Submit($input: CaseStudyIdInput!) { submitCaseStudy(input: $input) { id status submittedAt } }`;
export const APPROVE = `mutation Approve($input: ReviewCaseStudyInput!) { approveCaseStudy(input: $input) { id status publishedAt peerReview { reviewedAt ics { odsCode } } } }`;
export const RETURN = `mutation Return($input: ReviewCaseStudyInput!) { returnCaseStudy(input: $input) { id status reviewComments } }`;
export const ARCHIVE = `mutation Archive($input: CaseStudyIdInput!) { archiveCaseStudy(input: $input) { id status archivedAt } }`;
export const ONE = `query One($slug: String!) { caseStudy(slug: $slug) {
  ${CASE_STUDY_FIELDS}
  versions { number version changedFields changeNote }
  reviews { decision comments ics { odsCode } }
  outcomes { metric { key unit } latest { value measuredOn sourceTitle sourceUrl } measurements { value measuredOn } }
  adoptions { id stage organisation { name } ics { odsCode } }
  lineage { depth parentAdoptionId adoption { id organisation { name } } }
  outcomeComparison { metric { key } entries { isOrigin organisationName population per100k latest { value } } }
} }`;
export const LIST = `query List($filter: CaseStudiesFilter, $first: Int, $after: String) {
  caseStudies(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id slug title status isStale } }
  }
}`;
export const FEED = `query Feed($first: Int) {
  caseStudies(first: $first) {
    totalCount
    edges { node {
      id slug title summary evidenceLevel stage reviewBy isStale publishedAt
      organisation { id name }
      ics { odsCode shortName population }
      themes { key label }
      latestOutcomes { value qualifier measuredOn sourceTitle sourceUrl metric { key label unit } }
      adoptionCount
      peerReview { reviewedAt ics { odsCode shortName } }
    } }
  }
}`;
export const METRICS = `query { metrics { key label unit definition direction perPopulation } }`;
export const ADD_MEASUREMENT = `mutation Add($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id value measuredOn sourceUrl metric { key } } }`;
export const ADOPT = `mutation Adopt($input: AdoptCaseStudyInput!) { adoptCaseStudy(input: $input) { id stage organisation { id } ics { odsCode } caseStudy { slug } stageHistory { stage changedOn } } }`;
export const UPDATE_ADOPTION = `mutation UpdateAdoption($input: UpdateAdoptionInput!) { updateAdoption(input: $input) {
  id stage stoppedReason barriers enablers readiness { area score note }
  contacts { side name email }
  stageHistory { stage changedOn reason }
  adaptations { component decision detail }
  outcomes { metric { key } latest { value measuredOn } }
} }`;
export const ADOPTIONS = `query Adoptions($filter: AdoptionsFilter) { adoptions(filter: $filter) { id stage organisation { name } ics { odsCode } caseStudy { slug } } }`;
export const SPREAD = `query Spread($theme: String) { spreadMatrix(theme: $theme) {
  icss { odsCode }
  caseStudies { id slug title }
  cells { icsOdsCode caseStudyId furthestStage isOrigin }
  gapIcss { odsCode }
} }`;
