import { proxyDownload } from '../../../lib/http/proxy-download';

/** The outcome-figure import template (CSV: the headings). */
export function GET(): Promise<Response> {
  return proxyDownload('/outcome-imports/template.csv', { signedIn: false, what: 'the template' });
}
