import { ContentRefusal } from './content-refusal';
import type { SourceReader } from './source-reader';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's (compressed) bytes start, after its local header. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;

interface EndRecord {
  at: number;
  disk: number;
  cdDisk: number;
  onDisk: number;
  total: number;
  cdSize: number;
  cdOffset: number;
}

/** The end record, searched backwards in the file's last 64 KiB + 22 bytes (one positional read). */
async function findEndRecord(reader: SourceReader): Promise<EndRecord | null> {
  const tailStart = Math.max(0, reader.size - EOCD_LENGTH - 0xffff);
  const tail = await reader.bytes(tailStart, reader.size - tailStart);
  for (let at = tail.length - EOCD_LENGTH; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== EOCD) continue;
    return {
      at: tailStart + at,
      disk: tail.readUInt16LE(at + 4),
      cdDisk: tail.readUInt16LE(at + 6),
      onDisk: tail.readUInt16LE(at + 8),
      total: tail.readUInt16LE(at + 10),
      cdSize: tail.readUInt32LE(at + 12),
      cdOffset: tail.readUInt32LE(at + 16),
    };
  }
  return null;
}

async function readEndRecord(reader: SourceReader, maxEntries: number): Promise<EndRecord> {
  if (reader.size < EOCD_LENGTH) throw new ContentRefusal('Damaged');
  const end = await findEndRecord(reader);
  if (!end) throw new ContentRefusal('Damaged');
  if (end.total === 0xffff || end.cdSize === 0xffffffff || end.cdOffset === 0xffffffff)
    throw new ContentRefusal('ArchiveTooLarge');
  if (end.disk !== 0 || end.cdDisk !== 0 || end.onDisk !== end.total)
    throw new ContentRefusal('Damaged');
  if (end.total > maxEntries) throw new ContentRefusal('ArchiveTooLarge');
  if (end.cdOffset + end.cdSize > end.at) throw new ContentRefusal('Damaged');
  return end;
}

/** The central directory's entries, read record by record (the directory may be larger than a window). */
async function readEntries(reader: SourceReader, end: EndRecord): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = end.cdOffset;
  for (let i = 0; i < end.total; i++) {
    if (p + CENTRAL_LENGTH > end.at) throw new ContentRefusal('Damaged');
    const record = await reader.bytes(p, CENTRAL_LENGTH);
    if (record.readUInt32LE(0) !== CENTRAL) throw new ContentRefusal('Damaged');
    const nameLength = record.readUInt16LE(28);
    const entry: ZipEntry = {
      flags: record.readUInt16LE(8),
      method: record.readUInt16LE(10),
      compressedSize: record.readUInt32LE(20),
      uncompressedSize: record.readUInt32LE(24),
      localOffset: record.readUInt32LE(42),
      name: (await reader.bytes(p + CENTRAL_LENGTH, nameLength)).toString('utf8'),
      dataStart: 0,
    };
    p += CENTRAL_LENGTH + nameLength + record.readUInt16LE(30) + record.readUInt16LE(32);
    if (p > end.at) throw new ContentRefusal('Damaged');
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
  return entries;
}

/**
 * Local headers: where each entry's bytes really are. No two entries may
 * share bytes (the overlapping-entry bomb), and each must be what the
 * directory says it is. Sets each entry's `dataStart`.
 */
async function checkLocalHeaders(
  reader: SourceReader,
  entries: ZipEntry[],
  cdOffset: number,
): Promise<void> {
  const ranges: [number, number][] = [];
  const misnamed: boolean[] = [];
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + LOCAL_LENGTH > cdOffset) throw new ContentRefusal('Damaged');
    const header = await reader.bytes(at, LOCAL_LENGTH);
    if (header.readUInt32LE(0) !== LOCAL) throw new ContentRefusal('Damaged');
    const nameLength = header.readUInt16LE(26);
    entry.dataStart = at + LOCAL_LENGTH + nameLength + header.readUInt16LE(28);
    const dataEnd = entry.dataStart + entry.compressedSize;
    if (dataEnd > cdOffset) throw new ContentRefusal('Damaged');
    ranges.push([at, dataEnd]);
    const name = await reader.bytes(at + LOCAL_LENGTH, nameLength);
    misnamed.push(name.toString('utf8') !== entry.name);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1]) throw new ContentRefusal('ArchiveTooLarge');
  }
  if (misnamed.includes(true)) throw new ContentRefusal('Damaged');
}

/**
 * Reads the central directory (the authoritative list a ZIP reader uses) and
 * checks it is consistent with the local headers: no ZIP64, no encryption,
 * no duplicate names, every entry's bytes inside the file and before the
 * directory, and no two entries sharing bytes (the overlapping-entry bomb).
 * Everything is read by small positional reads: the end record from the
 * file's tail, then each directory record and local header.
 */
export async function readCentralDirectory(
  reader: SourceReader,
  maxEntries: number,
): Promise<ZipEntry[]> {
  const end = await readEndRecord(reader, maxEntries);
  const entries = await readEntries(reader, end);
  await checkLocalHeaders(reader, entries, end.cdOffset);
  return entries;
}
