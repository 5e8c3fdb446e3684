export const HOME_FEED = `query HomeFeed($first: Int, $after: String, $scope: HomeFeedScope) {
  homeFeed(first: $first, after: $after, scope: $scope) {
    scope previousVisitAt followingCount
    edges { cursor node { id source verb summary occurredAt isNew subject { type id title url } } }
    pageInfo { hasNextPage endCursor }
    suggestions { targetType targetId title url reason level }
  }
}`;
export const FOLLOW = `mutation Follow($input: FollowInput!) { follow(input: $input) { targetType targetId level } }`;
export const UNFOLLOW = `mutation Unfollow($input: UnfollowInput!) { unfollow(input: $input) }`;
export const MY_FOLLOWS = `query { myFollows { targetType targetId level title url } }`;

export interface FeedNode {
  id: string;
  source: string;
  verb: string;
  summary: string;
  occurredAt: string;
  isNew: boolean;
  subject: { type: string; id: string; title: string; url: string };
}

export interface HomeFeedData {
  homeFeed: {
    scope: string;
    previousVisitAt: string | null;
    followingCount: number;
    edges: { cursor: string; node: FeedNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    suggestions: {
      targetType: string;
      targetId: string;
      title: string;
      url: string;
      reason: string;
      level: string | null;
    }[];
  };
}
