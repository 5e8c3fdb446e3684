import { BudgetExceededError, inflateInto, isInflateError } from './bounded-inflate';
import type { InflateBudget } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { activeMarkupScan } from './markup';
import { PdfNameScan } from './pdf-names';
import { PdfWindow } from './pdf-window';
import type { RandomAccessSource } from './random-access-source';
import { SourceReader } from './source-reader';
import { StreamingMatch } from './streaming-match';

const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from(' obj');
/** Text outside streams is handed to its scan in pieces about this long. */
const BATCH = 64 * 1024;

/**
 * First pass over every byte: markup anywhere refuses the file at once (a
 * PDF/HTML polyglot); otherwise says whether `/Encrypt` appears (to name
 * why an object stream cannot be read).
 */
async function markupOrEncryption(reader: SourceReader): Promise<boolean> {
  const markup = activeMarkupScan();
  // `/Encrypt\b`: at a window's end the next character is not known yet, so
  // a following non-word character is required, and the very end is checked last.
  const encrypt = new StreamingMatch((text) => /\/Encrypt\W/.test(text), 16);
  for await (const text of reader.text(0, reader.size)) {
    markup.push(text);
    if (markup.found) throw new ContentRefusal('EmbeddedMarkup');
    encrypt.push(text);
  }
  return encrypt.found || encrypt.tail.endsWith('/Encrypt');
}

/** The next `stream` keyword and end of line at or after `from`: where it is and where its data starts. */
async function nextStream(
  win: PdfWindow,
  from: number,
): Promise<{ at: number; start: number } | null> {
  for (let search = from; ;) {
    const at = win.indexOf('stream', search);
    if (at === null) {
      // None that starts before the new window (it would have been whole in this one).
      await win.advance(search, 'stream'.length);
      search = Math.max(search, win.start);
      continue;
    }
    if (at < 0) return null;
    if (at + 8 > win.end && !win.last) {
      // Its end of line (up to two characters) is past the window.
      search = at;
      await win.load(at);
      continue;
    }
    const eol = win.text.charCodeAt(at + 6 - win.start);
    const next = win.text.charCodeAt(at + 7 - win.start);
    const length = eol === 0x0d ? (next === 0x0a ? 2 : 1) : eol === 0x0a ? 1 : 0;
    if (length) return { at, start: at + 6 + length };
    search = at + 1;
  }
}

async function scanNames(
  reader: SourceReader,
  scan: PdfNameScan,
  start: number,
  end: number,
): Promise<void> {
  for await (const text of reader.text(start, end)) scan.push(text);
}

/** The names of the dictionary before a stream: from its ` obj` (or the last stream's end). */
async function dictionaryNames(
  reader: SourceReader,
  win: PdfWindow,
  cursor: number,
  at: number,
): Promise<PdfNameScan> {
  const obj = win.lastIndexOf(' obj', cursor, at) ?? (await reader.lastIndexOf(OBJ, cursor, at));
  const start = Math.max(cursor, obj);
  const names = new PdfNameScan({ links: false });
  const text = win.slice(start, at);
  if (text !== null) names.push(text);
  else await scanNames(reader, names, start, at);
  return names.end();
}

/** Inflates an object stream within the shared budget and refuses active names packed in it. */
async function inspectObjectStream(
  reader: SourceReader,
  range: { start: number; end: number },
  budget: InflateBudget,
  unreadable: ContentRefusal,
): Promise<void> {
  const objects = new PdfNameScan();
  try {
    await inflateInto(reader.chunks(range.start, range.end), budget, 'zlib', {
      push: (chunk) => objects.push(chunk.toString('latin1')),
    });
  } catch (error) {
    if (error instanceof BudgetExceededError) throw new ContentRefusal('ArchiveTooLarge');
    if (isInflateError(error)) throw unreadable;
    throw error;
  }
  const reason = objects.end().refusal();
  if (reason) throw new ContentRefusal(reason);
}

/**
 * Everything outside stream data, read as one text with a line break where
 * each stream's data was left out; small pieces are gathered into one push.
 */
class OutsideText {
  readonly names = new PdfNameScan();
  private gathered = '';

  constructor(
    private readonly reader: SourceReader,
    private readonly win: PdfWindow,
  ) {}

  async add(start: number, end: number, separator: string): Promise<void> {
    const text = this.win.slice(start, end);
    if (text === null) {
      this.flush();
      await scanNames(this.reader, this.names, start, end);
      this.gathered = separator;
    } else {
      this.gathered += text + separator;
      if (this.gathered.length >= BATCH) this.flush();
    }
  }

  /** Why the outside text is refused, once it has all been added. */
  refusal(): ReturnType<PdfNameScan['refusal']> {
    this.flush();
    return this.names.end().refusal();
  }

  private flush(): void {
    if (this.gathered) this.names.push(this.gathered);
    this.gathered = '';
  }
}

/**
 * Refuses PDFs that run code or carry other files: `/JavaScript`, `/JS`,
 * `/Launch`, `/EmbeddedFile(s)` in any object (hex-escaped names decoded),
 * including objects packed in FlateDecode object streams (inflated within
 * the shared budget), and any HTML/SVG/script markup anywhere in the bytes
 * (a PDF/HTML polyglot). Stream data other than object streams (page
 * content, images, fonts) is skipped for the name check: it is not PDF
 * syntax, and random bytes would otherwise match short names like `/JS`.
 *
 * The file is read one window at a time, twice (markup, then structure);
 * markers cut by a window edge are still found (see PdfNameScan,
 * StreamingMatch), and object streams are inflated as streams.
 */
export async function inspectPdf(source: RandomAccessSource, budget: InflateBudget): Promise<void> {
  const reader = new SourceReader(source);
  const unreadable = new ContentRefusal(
    (await markupOrEncryption(reader)) ? 'Encrypted' : 'Damaged',
  );
  const win = new PdfWindow(reader);
  await win.load(0);
  const outside = new OutsideText(reader, win);
  let cursor = 0;
  for (let found = await nextStream(win, 0); found;) {
    const { at, start } = found;
    // A dictionary's `>>` just before the keyword, else `stream` is just text.
    const from = Math.max(cursor, at - 64);
    const before = win.slice(from, at) ?? (await reader.latin1(from, at));
    if (!before.trimEnd().endsWith('>>')) {
      found = await nextStream(win, start);
      continue;
    }
    let end = win.indexOf('endstream', start) ?? (await reader.indexOf(END_STREAM, start));
    if (end < 0) end = reader.size;
    await outside.add(cursor, at, '\n');
    const dictionary = await dictionaryNames(reader, win, cursor, at);
    if (dictionary.isObjectStream()) {
      if (!dictionary.isFlateOnly()) throw unreadable;
      await inspectObjectStream(reader, { start, end }, budget, unreadable);
    }
    cursor = end;
    found = await nextStream(win, end);
  }
  await outside.add(cursor, reader.size, '');
  const reason = outside.refusal();
  if (reason) throw new ContentRefusal(reason);
}
