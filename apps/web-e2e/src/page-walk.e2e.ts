// The page walk, first half: every page route of the web app, as the right
// user, at phone width (390 x 844) and at 1280 px. Each page must pass axe (WCAG
// 2.2 AA), must not scroll sideways, and must show no raw GraphQL or technical
// text nor carry an error in its URL. This half also checks that every page
// route has a walk entry. The second half is page-walk-2.e2e.ts; the form walk
// (bad input, nothing typed lost) is form-walk.e2e.ts.
import { describePageWalk } from './support/page-walk-suite';

describePageWalk(0, 2);
