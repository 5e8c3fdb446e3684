// The page walk, second half (see page-walk.e2e.ts).
import { describePageWalk } from './support/page-walk-suite';

describePageWalk(1, 2);
