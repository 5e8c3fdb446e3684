import type { ReactElement } from 'react';

export interface CommentBodyProps {
  /** HTML produced by the API's Markdown renderer and allow-list sanitiser. */
  html: string;
}

/**
 * Renders a comment's sanitised HTML. The API escapes raw HTML in the
 * Markdown and then sanitises the output (no scripts, handlers, iframes, SVG
 * or javascript: links) with an allow-list, so it is inert; the e2e tier
 * checks that in Chromium with the usual payloads.
 */
export function CommentBody({ html }: CommentBodyProps): ReactElement {
  return <div className="mic-comment__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
