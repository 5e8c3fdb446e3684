export const START_THREAD = `mutation Start($input: StartThreadInput!) {
  startThread(input: $input) { id title subjectType subjectId commentCount locked pinned answered link author { id name } }
}`;

export const POST_COMMENT = `mutation Post($input: PostCommentInput!) {
  postComment(input: $input) { id body bodyHtml parentId createdAt editedAt author { id name } }
}`;

export const EDIT_COMMENT = `mutation Edit($input: EditCommentInput!) {
  editComment(input: $input) { id body bodyHtml editedAt revisions { body replacedAt } }
}`;

export const DELETE_COMMENT = `mutation Delete($input: DeleteCommentInput!) { deleteComment(input: $input) { id deleted body bodyHtml } }`;

export const REACT = `mutation React($input: ReactInput!) { react(input: $input) { id reactions { kind count reactedByMe } } }`;

export const ACCEPT = `mutation Accept($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id answered acceptedCommentId } }`;

export const SET_STATE = `mutation State($input: SetThreadStateInput!) { setThreadState(input: $input) { id pinned locked } }`;

export const THREAD_PAGE = `query ThreadPage($id: ID!, $first: Int) {
  thread(id: $id) {
    id title locked pinned answered acceptedCommentId commentCount
    author { id name }
    comments(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id parentId body bodyHtml createdAt editedAt deleted hidden author { id name } reactions { kind count reactedByMe } } }
    }
  }
}`;

export const THREADS = `query Threads($filter: ThreadsFilter!) {
  threads(filter: $filter) { totalCount edges { node { id title pinned commentCount } } }
}`;

export const FOLLOW = `mutation Follow($input: FollowInput!) { follow(input: $input) { targetType targetId level } }`;

export const FLAG = `mutation Flag($input: FlagCommentInput!) { flagComment(input: $input) { id hidden } }`;

export const MODERATE = `mutation Moderate($input: ModerateCommentInput!) { moderateComment(input: $input) { id hidden body } }`;

export const QUEUE = `query Queue { moderationQueue { totalCount edges { node { flagCount reasons comment { id hidden body } } } } }`;

export const NOTIFICATIONS = `query N { notifications(first: 50) { edges { node { id kind title link read } } } }`;
