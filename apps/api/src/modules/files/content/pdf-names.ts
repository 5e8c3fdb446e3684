import { StreamingMatch, detached, isLatin1Space } from './streaming-match';

/** PDF name tokens: `/` then regular characters up to a delimiter or white space. */
const NAME = /\/([^\s()<>[\]{}/%]*)/g;

/** `/J#61vaScript` is `/JavaScript`: names may hex-escape any byte. */
export function decodePdfName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

export type PdfNameRefusal = 'PdfJavaScript' | 'PdfLaunch' | 'PdfEmbeddedFile';

const REFUSED = new Map<string, PdfNameRefusal>([
  ['JavaScript', 'PdfJavaScript'],
  ['JS', 'PdfJavaScript'],
  ['Launch', 'PdfLaunch'],
  ['EmbeddedFile', 'PdfEmbeddedFile'],
  ['EmbeddedFiles', 'PdfEmbeddedFile'],
]);

/** The names a stream dictionary is judged by. */
const NOTED = new Set(['ObjStm', 'N', 'First', 'FlateDecode']);

/** A link action whose target is script (`/URI (javascript:…)`), white space runs collapsed. */
const SCRIPT_LINK = /\/URI\s*\(\s*javascript:/i;

/**
 * A name whose raw text is longer than this decodes to more than 13
 * characters (an escape is 3 raw characters), so it is none of the names
 * above: only whether it ends in `Decode` still matters.
 */
const LONGEST_KEPT = 64;

/**
 * Keeps an unfinished long name short without changing what is judged of
 * it: 40 plain characters stand for its start (it stays too long to be any
 * listed name), and its last 20 raw characters are kept, enough to decode
 * its last six characters (`Decode`) exactly whatever follows.
 */
const shorten = (raw: string): string =>
  detached(raw.length > LONGEST_KEPT ? `/${'x'.repeat(40)}${raw.slice(-20)}` : raw);

/**
 * Reads PDF syntax that arrives in pieces (Latin-1 text) and notes what the
 * checks ask of its names: the first refused name, a script link, and
 * whether the names of a stream dictionary make it a FlateDecode object
 * stream. A name cut by a piece edge is completed by the next piece.
 * Memory stays bounded whatever the text: names are judged, not kept.
 */
export class PdfNameScan {
  private refused: PdfNameRefusal | null = null;
  private readonly noted = new Set<string>();
  private otherFilter = false;
  private unfinished = '';
  private readonly scriptLink: StreamingMatch | null;

  /** `links`: also look for script links (not needed to judge a stream dictionary). */
  constructor({ links = true } = {}) {
    this.scriptLink = links
      ? new StreamingMatch((t) => SCRIPT_LINK.test(t), 32, isLatin1Space)
      : null;
  }

  push(text: string): void {
    this.scriptLink?.push(text);
    const window = this.unfinished + text;
    this.unfinished = '';
    for (const match of window.matchAll(NAME)) {
      if (match.index + match[0].length === window.length) {
        this.unfinished = shorten(match[0]);
        break;
      }
      this.add(decodePdfName(match[1]));
    }
  }

  /** The text has ended (a name running to the end is complete). */
  end(): this {
    if (this.unfinished) this.add(decodePdfName(this.unfinished.slice(1)));
    this.unfinished = '';
    return this;
  }

  /** Why the text is refused: a script link first, else the first refused name; null when fine. */
  refusal(): PdfNameRefusal | null {
    return this.scriptLink?.found ? 'PdfJavaScript' : this.refused;
  }

  /** As a stream dictionary: an object stream (by /Type /ObjStm, or /N and /First). */
  isObjectStream(): boolean {
    return this.noted.has('ObjStm') || (this.noted.has('N') && this.noted.has('First'));
  }

  /** As a stream dictionary: FlateDecode is its one and only filter. */
  isFlateOnly(): boolean {
    return this.noted.has('FlateDecode') && !this.otherFilter;
  }

  private add(name: string): void {
    this.refused ??= REFUSED.get(name) ?? null;
    if (NOTED.has(name)) this.noted.add(name);
    else if (name.endsWith('Decode')) this.otherFilter = true;
  }
}
