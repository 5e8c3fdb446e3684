/**
 * Detects a file's real type from its content (magic bytes), never from its
 * name or declared type. Allowed: PDF, DOCX, XLSX, PPTX, CSV, TXT, PNG, JPEG,
 * WebP. Everything else (HTML, SVG, scripts, executables, archives) is refused.
 */
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

/** Names of the entries in a ZIP's local file headers (enough to tell OOXML kinds apart). */
function zipEntryNames(buf: Buffer): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= buf.length && names.length < 2000) {
    if (buf.readUInt32LE(offset) !== 0x04034b50) break;
    const flags = buf.readUInt16LE(offset + 6);
    const compressedSize = buf.readUInt32LE(offset + 18);
    const nameLength = buf.readUInt16LE(offset + 26);
    const extraLength = buf.readUInt16LE(offset + 28);
    names.push(buf.toString('utf8', offset + 30, offset + 30 + nameLength));
    if (flags & 0x08) break; // sizes in a trailing descriptor: stop walking, rely on what we have
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  if (names.length < 2) {
    // Fall back to the central directory signature scan.
    let at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (at !== -1 && at + 46 <= buf.length && names.length < 2000) {
      const nameLength = buf.readUInt16LE(at + 28);
      names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
      at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46);
    }
  }
  return names;
}

function detectOoxml(buf: Buffer): DetectedType | null {
  const names = zipEntryNames(buf);
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

/** A ZIP container (OOXML candidates need the whole file to be told apart). */
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

export function detectFileType(buf: Buffer, extension: string): DetectedType | null {
  const magic = detectByMagic(buf);
  if (magic) return magic;
  if (isZip(buf)) return detectOoxml(buf);
  if (buf.length > 0 && isPlainText(buf)) return extension === 'csv' ? CSV : TXT;
  return null;
}

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}
