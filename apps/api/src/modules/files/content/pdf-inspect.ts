import { BudgetExceededError, inflateBounded } from './bounded-inflate';
import type { InflateBudget } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { containsActiveMarkup } from './markup';

/** PDF name tokens: `/` then regular characters up to a delimiter or white space. */
const NAME = /\/([^\s()<>[\]{}/%]*)/g;

/** `/J#61vaScript` is `/JavaScript`: names may hex-escape any byte. */
export function decodePdfName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

const REFUSED: Record<string, 'PdfJavaScript' | 'PdfLaunch' | 'PdfEmbeddedFile'> = {
  JavaScript: 'PdfJavaScript',
  JS: 'PdfJavaScript',
  Launch: 'PdfLaunch',
  EmbeddedFile: 'PdfEmbeddedFile',
  EmbeddedFiles: 'PdfEmbeddedFile',
};

function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(NAME)) names.add(decodePdfName(match[1]));
  return names;
}

function refuseActiveNames(text: string): void {
  // A link action whose target is script (`/URI (javascript:…)`).
  if (/\/URI\s*\(\s*javascript:/i.test(text)) throw new ContentRefusal('PdfJavaScript');
  for (const name of namesIn(text)) {
    const reason = REFUSED[name];
    if (reason) throw new ContentRefusal(reason);
  }
}

/** `stream` + EOL after a dictionary's `>>`; the data runs to `endstream`. */
const STREAM = /stream(?:\r\n|\n|\r)/g;

/**
 * Refuses PDFs that run code or carry other files: `/JavaScript`, `/JS`,
 * `/Launch`, `/EmbeddedFile(s)` in any object (hex-escaped names decoded),
 * including objects packed in FlateDecode object streams (inflated within
 * the shared budget), and any HTML/SVG/script markup anywhere in the bytes
 * (a PDF/HTML polyglot). Stream data other than object streams (page
 * content, images, fonts) is skipped for the name check: it is not PDF
 * syntax, and random bytes would otherwise match short names like `/JS`.
 */
export async function inspectPdf(buf: Buffer, budget: InflateBudget): Promise<void> {
  if (containsActiveMarkup(buf)) throw new ContentRefusal('EmbeddedMarkup');
  const text = buf.toString('latin1');
  const encrypted = /\/Encrypt\b/.test(text);
  const outside: string[] = [];
  let cursor = 0;
  STREAM.lastIndex = 0;
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    const at = match.index;
    if (
      at < cursor ||
      !text
        .slice(Math.max(cursor, at - 64), at)
        .trimEnd()
        .endsWith('>>')
    )
      continue;
    const start = at + match[0].length;
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    outside.push(text.slice(cursor, at));
    const dictStart = Math.max(cursor, text.lastIndexOf(' obj', at));
    const dictNames = namesIn(text.slice(dictStart, at));
    // An object stream is known by /N and /First too: a reader following the
    // cross-reference stream parses it whatever its /Type says.
    if (dictNames.has('ObjStm') || (dictNames.has('N') && dictNames.has('First'))) {
      const filters = [...dictNames].filter((n) => n.endsWith('Decode'));
      if (filters.length !== 1 || filters[0] !== 'FlateDecode')
        throw new ContentRefusal(encrypted ? 'Encrypted' : 'Damaged');
      let objects: Buffer;
      try {
        objects = await inflateBounded(buf.subarray(start, end), budget, 'zlib');
      } catch (error) {
        if (error instanceof BudgetExceededError) throw new ContentRefusal('ArchiveTooLarge');
        throw new ContentRefusal(encrypted ? 'Encrypted' : 'Damaged');
      }
      refuseActiveNames(objects.toString('latin1'));
    }
    cursor = end;
    STREAM.lastIndex = end;
  }
  outside.push(text.slice(cursor));
  refuseActiveNames(outside.join('\n'));
}
