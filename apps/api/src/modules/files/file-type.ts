/**
 * Detects a file's real type from its content (magic bytes), never from its
 * name or declared type. Allowed: PDF, DOCX, XLSX, PPTX, CSV, TXT, PNG, JPEG,
 * WebP. Everything else (HTML, SVG, scripts, executables, archives) is refused.
 */
import { BufferSource } from './content/random-access-source';
import type { RandomAccessSource } from './content/random-access-source';
import { SourceReader } from './content/source-reader';

export interface DetectedType {
  mime: string;
  /** Extensions a file of this type may carry. */
  extensions: string[];
  image: boolean;
}

const PDF: DetectedType = { mime: 'application/pdf', extensions: ['pdf'], image: false };
const PNG: DetectedType = { mime: 'image/png', extensions: ['png'], image: true };
const JPEG: DetectedType = { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], image: true };
const WEBP: DetectedType = { mime: 'image/webp', extensions: ['webp'], image: true };
const DOCX: DetectedType = {
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
  image: false,
};
const XLSX: DetectedType = {
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['xlsx'],
  image: false,
};
const PPTX: DetectedType = {
  mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extensions: ['pptx'],
  image: false,
};
const CSV: DetectedType = { mime: 'text/csv', extensions: ['csv'], image: false };
const TXT: DetectedType = { mime: 'text/plain', extensions: ['txt'], image: false };

/** Every extension an upload may have (in the order forms list them). */
export const ALLOWED_EXTENSIONS: string[] = [PDF, DOCX, XLSX, PPTX, CSV, TXT, PNG, JPEG, WEBP].flatMap(
  (type) => type.extensions,
);

const startsWith = (buf: Buffer, bytes: number[], offset = 0): boolean =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const LOCAL = 0x04034b50;
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const MAX_NAMES = 2000;

/**
 * Names of the entries in a ZIP's local file headers (enough to tell OOXML
 * kinds apart), read header by header with positional reads.
 */
async function zipEntryNames(reader: SourceReader): Promise<string[]> {
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= reader.size && names.length < MAX_NAMES) {
    const header = await reader.bytes(offset, 30);
    if (header.readUInt32LE(0) !== LOCAL) break;
    const flags = header.readUInt16LE(6);
    const nameLength = header.readUInt16LE(26);
    names.push((await reader.bytes(offset + 30, nameLength)).toString('utf8'));
    if (flags & 0x08) break; // sizes in a trailing descriptor: stop walking, rely on what we have
    offset += 30 + nameLength + header.readUInt16LE(28) + header.readUInt32LE(18);
  }
  if (names.length < 2) {
    // Fall back to the central directory signature scan.
    let at = await reader.indexOf(CENTRAL, 0);
    while (at !== -1 && at + 46 <= reader.size && names.length < MAX_NAMES) {
      const nameLength = (await reader.bytes(at + 28, 2)).readUInt16LE(0);
      names.push((await reader.bytes(at + 46, nameLength)).toString('utf8'));
      at = await reader.indexOf(CENTRAL, at + 46);
    }
  }
  return names;
}

/** Which OOXML kind a ZIP container is, from its entry names (null: not an Office document). */
export async function detectOfficeType(source: RandomAccessSource): Promise<DetectedType | null> {
  const names = await zipEntryNames(new SourceReader(source));
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return DOCX;
  if (names.some((n) => n.startsWith('xl/'))) return XLSX;
  if (names.some((n) => n.startsWith('ppt/'))) return PPTX;
  return null;
}

const MARKUP =
  /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|link|style|\?xml|a\s|img\s)/i;

/** UTF-8 text with no NUL bytes and no HTML/SVG/script markup. */
function isPlainText(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return !MARKUP.test(text.slice(0, 64 * 1024));
  } catch {
    return false;
  }
}

/** PDF, PNG, JPEG or WebP by their first bytes. */
export function detectByMagic(head: Buffer): DetectedType | null {
  if (startsWith(head, ascii('%PDF-'))) return PDF;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return WEBP;
  return null;
}

/** A ZIP container (OOXML candidates are told apart by detectOfficeType). */
export function isZip(head: Buffer): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * The text type for content already known to be NUL-free UTF-8 throughout
 * (checked while it streamed), given its first bytes: null when they carry
 * HTML/SVG/script markup.
 */
export function detectText(head: Buffer, extension: string): DetectedType | null {
  const text = new TextDecoder('utf-8').decode(head);
  if (MARKUP.test(text.slice(0, 64 * 1024))) return null;
  return extension === 'csv' ? CSV : TXT;
}

/** The type of content held whole in memory (uploads are detected from their spool instead). */
export async function detectFileType(buf: Buffer, extension: string): Promise<DetectedType | null> {
  const magic = detectByMagic(buf);
  if (magic) return magic;
  if (isZip(buf)) return detectOfficeType(new BufferSource(buf));
  if (buf.length > 0 && isPlainText(buf)) return extension === 'csv' ? CSV : TXT;
  return null;
}

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}
