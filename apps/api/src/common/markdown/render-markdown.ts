import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown for user content (case studies, events, comments). Raw HTML in the
 * source is escaped by markdown-it (`html: false`), then the output goes
 * through an allow-list sanitiser as a second line of defence: only safe
 * tags, only http/https/mailto links (with rel="noopener noreferrer nofollow"),
 * no event handlers, no iframes, no SVG.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });

const SAFE_URL = /^(https?:|mailto:)/i;
markdown.validateLink = (url: string) =>
  SAFE_URL.test(url.trim()) || url.trim().startsWith('/') || url.trim().startsWith('#');

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Headings start at h2: the page owns h1.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        rel: 'noopener noreferrer nofollow',
        ...(attribs.href?.startsWith('/') ? {} : { target: '_blank' }),
      },
    }),
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source ?? ''), OPTIONS);
}

/** Plain text of a Markdown source (for emails, snippets and search). */
export function markdownToText(source: string, maxLength = 500): string {
  const text = sanitizeHtml(markdown.render(source ?? ''), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
