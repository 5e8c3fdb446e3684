import type { SourceReader } from './source-reader';
import { StreamingMatch, isLatin1Space, matchesSomewhere } from './streaming-match';

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
 * White space and slashes: ACTIVE_MARKUP matches a run of them as a whole
 * (`[\s/]+`) or by its first character (`[\s>/]`), so a run read as one
 * space never changes whether the text matches, and it bounds `<!doctype`
 * + any number of spaces + `html` to 14 characters.
 */
const isMarkupRun = (code: number): boolean => code === 0x2f || isLatin1Space(code);

/** More than the longest text ACTIVE_MARKUP can match once runs are collapsed (`<!doctype html`). */
const ACTIVE_MARKUP_OVERLAP = 64;

/** Whether these bytes (read as Latin-1, so every byte is one character) contain HTML/SVG/script markup. */
export function containsActiveMarkup(bytes: Buffer | string): boolean {
  return ACTIVE_MARKUP.test(typeof bytes === 'string' ? bytes : bytes.toString('latin1'));
}

/** The same test over bytes that arrive in pieces (push each as Latin-1 text). */
export function activeMarkupScan(): StreamingMatch {
  return new StreamingMatch((text) => ACTIVE_MARKUP.test(text), ACTIVE_MARKUP_OVERLAP, isMarkupRun);
}

/** Whether markup is anywhere in the source, read one window at a time. */
export async function sourceHasActiveMarkup(reader: SourceReader): Promise<boolean> {
  return matchesSomewhere(reader.text(0, reader.size), activeMarkupScan());
}
