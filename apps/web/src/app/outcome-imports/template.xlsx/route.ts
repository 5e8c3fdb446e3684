import { proxyDownload } from '../../../lib/http/proxy-download';

/** The outcome-figure import template (XLSX: headings, guidance and the metric dictionary). */
export function GET(): Promise<Response> {
  return proxyDownload('/outcome-imports/template.xlsx', { signedIn: false, what: 'the template' });
}
