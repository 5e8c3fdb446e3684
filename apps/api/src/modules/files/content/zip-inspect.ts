import { BudgetExceededError, InflateBudget, inflateInto, isInflateError } from './bounded-inflate';
import type { InflateSink } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { OLE_MAGIC, oleMacroScan } from './ole-inspect';
import type { RandomAccessSource } from './random-access-source';
import { SourceReader } from './source-reader';
import { Spill } from './spill';
import { StreamingMatch } from './streaming-match';
import { readCentralDirectory } from './zip-directory';
import type { ZipEntry } from './zip-directory';

/** Limits for one upload's ZIP container (nested containers share them). */
export interface ZipLimits {
  maxEntries: number;
  /** Shared across every entry and every nested container. */
  budget: InflateBudget;
}

const PK_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MACRO_NAME = /(^|\/)vbaproject\.bin$|(^|\/)vbadata\.xml$|(^|\/)macrosheets\//i;
/** ASCII only, so it matches the same in Latin-1 as in UTF-8 (other bytes never fold to ASCII). */
const MACRO_CONTENT_TYPE = /macroenabled|vbaproject|ms-office\.vba|macrosheet/i;

const isManifest = (name: string): boolean =>
  name === '[Content_Types].xml' || name.endsWith('.rels');

/**
 * What one entry's inflated bytes turned out to be, noted as they stream
 * past: the first 8 bytes (a ZIP? an OLE file?), macro content types in a
 * manifest, a VBA project in an OLE file, and, for a ZIP inside the
 * top-level container, the bytes themselves (spilled) for a second look.
 */
class EntryContent implements InflateSink {
  length = 0;
  head = Buffer.alloc(0);
  private decided = false;
  private early: Buffer[] = [];
  private readonly macroType: StreamingMatch | null;
  private ole: StreamingMatch | null = null;
  private spill: Spill | null = null;

  constructor(
    name: string,
    private readonly keepZip: boolean,
    private readonly window: number,
  ) {
    this.macroType = isManifest(name)
      ? new StreamingMatch((text) => MACRO_CONTENT_TYPE.test(text), 32)
      : null;
  }

  get isZip(): boolean {
    return this.head.subarray(0, 4).equals(PK_LOCAL);
  }

  get macroContentType(): boolean {
    return !!this.macroType?.found;
  }

  get oleMacros(): boolean {
    return !!this.ole?.found;
  }

  push(chunk: Buffer): void {
    this.length += chunk.length;
    if (!this.decided) {
      this.head = Buffer.concat([
        this.head,
        chunk.subarray(0, OLE_MAGIC.length - this.head.length),
      ]);
      if (this.head.length < OLE_MAGIC.length) {
        this.early.push(Buffer.from(chunk)); // a stored entry's chunks are reused buffers
        return;
      }
      this.decide();
    }
    this.take(chunk);
  }

  async drain(): Promise<void> {
    await this.spill?.drain();
  }

  /** The bytes have ended: the spilled ZIP, if one was kept. */
  async end(): Promise<RandomAccessSource | null> {
    if (!this.decided) this.decide();
    return this.spill ? this.spill.finish() : null;
  }

  async dispose(): Promise<void> {
    await this.spill?.dispose();
  }

  /** Once the head is known: which scans these bytes need. */
  private decide(): void {
    this.decided = true;
    if (this.keepZip && this.isZip) this.spill = new Spill(this.window);
    if (this.head.equals(OLE_MAGIC)) this.ole = oleMacroScan();
    for (const chunk of this.early) this.take(chunk);
    this.early = [];
  }

  private take(chunk: Buffer): void {
    if (this.macroType || this.ole) {
      const text = chunk.toString('latin1');
      this.macroType?.push(text);
      this.ole?.push(text);
    }
    this.spill?.write(chunk);
  }
}

/**
 * Inflates one entry as a stream with an allowance of the smaller of its
 * declared size and what is left of the shared budget: an entry that lies
 * about its size, or a container that adds up to too much, is stopped
 * mid-inflate. Nothing is kept but what EntryContent notes.
 */
async function readEntry(
  reader: SourceReader,
  entry: ZipEntry,
  budget: InflateBudget,
  keepZip: boolean,
): Promise<{ content: EntryContent; zip: RandomAccessSource | null }> {
  if (entry.uncompressedSize > budget.remaining) throw new ContentRefusal('ArchiveTooLarge');
  const data = reader.chunks(entry.dataStart, entry.dataStart + entry.compressedSize);
  const content = new EntryContent(entry.name, keepZip, reader.window);
  try {
    if (entry.method !== 0)
      await inflateInto(data, new InflateBudget(entry.uncompressedSize), 'raw', content);
    else
      for await (const chunk of data) {
        content.push(chunk);
        await content.drain();
      }
    const zip = await content.end();
    if (content.length !== entry.uncompressedSize) throw new ContentRefusal('Damaged');
    budget.remaining -= content.length;
    return { content, zip };
  } catch (error) {
    await content.dispose();
    if (error instanceof BudgetExceededError) throw new ContentRefusal('ArchiveTooLarge');
    if (isInflateError(error)) throw new ContentRefusal('Damaged');
    throw error;
  }
}

/**
 * Checks a ZIP container (DOCX, XLSX, PPTX) while inflating it: entry count
 * and total inflated size are capped (a bomb is stopped mid-inflate), macros
 * (`vbaProject.bin`, macro-enabled content types, Excel 4 macro sheets) are
 * refused whatever the file is called, and an embedded ZIP is checked the
 * same way once (a ZIP inside that is refused as nesting).
 * The container is read by positional reads and each entry inflated as a
 * stream; an embedded ZIP is kept (in memory up to one read window, else
 * in a temporary file) only while it is checked.
 * Throws ContentRefusal; returns the entry names when the container is fine.
 */
export async function inspectZip(
  source: RandomAccessSource,
  limits: ZipLimits,
  depth = 0,
): Promise<string[]> {
  const reader = new SourceReader(source);
  const entries = await readCentralDirectory(reader, limits.maxEntries);
  let declared = 0;
  for (const entry of entries) declared += entry.uncompressedSize;
  if (declared > limits.budget.remaining) throw new ContentRefusal('ArchiveTooLarge');
  if (entries.some((e) => MACRO_NAME.test(e.name))) throw new ContentRefusal('Macros');

  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const { content, zip } = await readEntry(reader, entry, limits.budget, depth === 0);
    try {
      if (content.macroContentType) throw new ContentRefusal('Macros');
      if (content.isZip) {
        if (depth >= 1 || !zip) throw new ContentRefusal('NestedArchive');
        await inspectZip(zip, limits, depth + 1);
      } else if (content.oleMacros) {
        throw new ContentRefusal('Macros');
      }
    } finally {
      await content.dispose();
    }
  }
  return entries.map((e) => e.name);
}
