/**
 * Tags that make a browser (or anything sniffing the bytes as HTML) run or
 * render active content. Each needs the character after the tag name, so
 * random compressed bytes almost never match (a four-letter tag plus a
 * delimiter is about one chance in 10^10 per byte), while a real PDF/HTML or
 * PNG/HTML polyglot always does.
 */
const ACTIVE_MARKUP =
  /<(?:!doctype[\s/]+html|html[\s>/]|script[\s>/]|svg[\s>/:]|iframe[\s>/]|object[\s>/]|embed[\s>/]|frameset[\s>/]|xhtml:)/i;

/**
 * Longest text ACTIVE_MARKUP can match, bar `<!doctype` followed by many
 * spaces: a streaming check keeps this many characters of the previous chunk.
 */
export const ACTIVE_MARKUP_MAX_LENGTH = 64;

/** Whether these bytes (read as Latin-1, so every byte is one character) contain HTML/SVG/script markup. */
export function containsActiveMarkup(bytes: Buffer | string): boolean {
  return ACTIVE_MARKUP.test(typeof bytes === 'string' ? bytes : bytes.toString('latin1'));
}
