// The form walk: submits the forms on the walked pages with bad input (blank,
// malformed, too long) and checks the error summary and that nothing typed is lost.
import { describeFormWalk } from './support/page-walk-suite';

describeFormWalk();
