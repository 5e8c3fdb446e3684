import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown is parsed with raw HTML disabled, so `<script>` and friends stay
 * literal text; sanitize-html is a second pass that allows only the tags
 * markdown-it emits, only http/https/mailto links, and marks every link
 * `rel="noopener noreferrer nofollow"`.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_HREF = /^(https?:|mailto:)/i;
markdown.validateLink = (url: string): boolean => SAFE_HREF.test(url.trim());

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: {
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow' },
    }),
  },
};

/** Renders user Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source ?? ''), SANITIZE_OPTIONS).trim();
}
