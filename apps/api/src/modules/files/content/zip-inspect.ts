import { BudgetExceededError, InflateBudget, inflateBounded } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import { oleHasMacros, OLE_MAGIC } from './ole-inspect';

/** Limits for one upload's ZIP container (nested containers share them). */
export interface ZipLimits {
  maxEntries: number;
  /** Shared across every entry and every nested container. */
  budget: InflateBudget;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const PK_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= stop; at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/**
 * Reads the central directory (the authoritative list a ZIP reader uses) and
 * checks it is consistent with the local headers: no ZIP64, no encryption,
 * no duplicate names, every entry's bytes inside the file and before the
 * directory, and no two entries sharing bytes (the overlapping-entry bomb).
 */
function readCentralDirectory(buf: Buffer, maxEntries: number): CentralEntry[] {
  if (buf.length < 22) throw new ContentRefusal('Damaged');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ContentRefusal('Damaged');
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const onDisk = buf.readUInt16LE(eocd + 8);
  const total = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new ContentRefusal('ArchiveTooLarge');
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) throw new ContentRefusal('Damaged');
  if (total > maxEntries) throw new ContentRefusal('ArchiveTooLarge');
  if (cdOffset + cdSize > eocd) throw new ContentRefusal('Damaged');

  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw new ContentRefusal('Damaged');
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const entry: CentralEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    };
    p += 46 + nameLength + extraLength + commentLength;
    if (p > eocd) throw new ContentRefusal('Damaged');
    if (
      entry.compressedSize === 0xffffffff ||
      entry.uncompressedSize === 0xffffffff ||
      entry.localOffset === 0xffffffff
    )
      throw new ContentRefusal('ArchiveTooLarge');
    if (entry.flags & 0x01) throw new ContentRefusal('Encrypted');
    if (entry.method !== 0 && entry.method !== 8) throw new ContentRefusal('Damaged');
    const key = entry.name.toLowerCase();
    if (names.has(key)) throw new ContentRefusal('Damaged');
    names.add(key);
    entries.push(entry);
  }

  // Local headers: where each entry's bytes really are. No two entries may
  // share bytes (the overlapping-entry bomb), and each must be what the
  // directory says it is.
  const ranges: [number, number][] = [];
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > cdOffset || buf.readUInt32LE(at) !== LOCAL) throw new ContentRefusal('Damaged');
    const dataEnd =
      at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28) + entry.compressedSize;
    if (dataEnd > cdOffset) throw new ContentRefusal('Damaged');
    ranges.push([at, dataEnd]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1]) throw new ContentRefusal('ArchiveTooLarge');
  }
  for (const entry of entries) {
    const at = entry.localOffset;
    if (buf.toString('utf8', at + 30, at + 30 + buf.readUInt16LE(at + 26)) !== entry.name)
      throw new ContentRefusal('Damaged');
  }
  return entries;
}

function entryData(buf: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  return buf.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one entry with an allowance of the smaller of its declared size
 * and what is left of the shared budget: an entry that lies about its size,
 * or a container that adds up to too much, is stopped mid-inflate.
 */
async function inflateEntry(
  buf: Buffer,
  entry: CentralEntry,
  budget: InflateBudget,
): Promise<Buffer> {
  const data = entryData(buf, entry);
  if (entry.uncompressedSize > budget.remaining) throw new ContentRefusal('ArchiveTooLarge');
  let out: Buffer;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      out = await inflateBounded(data, new InflateBudget(entry.uncompressedSize), 'raw');
    } catch (error) {
      if (error instanceof BudgetExceededError) throw new ContentRefusal('ArchiveTooLarge');
      throw new ContentRefusal('Damaged');
    }
  }
  if (out.length !== entry.uncompressedSize) throw new ContentRefusal('Damaged');
  budget.remaining -= out.length;
  return out;
}

const MACRO_NAME = /(^|\/)vbaproject\.bin$|(^|\/)vbadata\.xml$|(^|\/)macrosheets\//i;
const MACRO_CONTENT_TYPE = /macroenabled|vbaproject|ms-office\.vba|macrosheet/i;

/**
 * Checks a ZIP container (DOCX, XLSX, PPTX) while inflating it: entry count
 * and total inflated size are capped (a bomb is stopped mid-inflate), macros
 * (`vbaProject.bin`, macro-enabled content types, Excel 4 macro sheets) are
 * refused whatever the file is called, and an embedded ZIP is checked the
 * same way once (a ZIP inside that is refused as nesting).
 * Throws ContentRefusal; returns the entry names when the container is fine.
 */
export async function inspectZip(buf: Buffer, limits: ZipLimits, depth = 0): Promise<string[]> {
  const entries = readCentralDirectory(buf, limits.maxEntries);
  let declared = 0;
  for (const entry of entries) declared += entry.uncompressedSize;
  if (declared > limits.budget.remaining) throw new ContentRefusal('ArchiveTooLarge');
  if (entries.some((e) => MACRO_NAME.test(e.name))) throw new ContentRefusal('Macros');

  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = await inflateEntry(buf, entry, limits.budget);
    if (entry.name === '[Content_Types].xml' || entry.name.endsWith('.rels')) {
      if (MACRO_CONTENT_TYPE.test(data.toString('utf8'))) throw new ContentRefusal('Macros');
    }
    if (data.subarray(0, 4).equals(PK_LOCAL)) {
      if (depth >= 1) throw new ContentRefusal('NestedArchive');
      await inspectZip(data, limits, depth + 1);
    } else if (data.subarray(0, 8).equals(OLE_MAGIC) && oleHasMacros(data)) {
      throw new ContentRefusal('Macros');
    }
  }
  return entries.map((e) => e.name);
}
