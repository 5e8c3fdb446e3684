import { extensionOf } from './file-type';

/** Longest stored name, in characters (the extension is kept when cutting). */
export const MAX_FILE_NAME_LENGTH = 200;
export const FALLBACK_FILE_NAME = 'file';

/**
 * Busboy hands multipart file names over as Latin-1 decoded bytes; browsers
 * send UTF-8. Re-decode when the Latin-1 string's bytes are valid UTF-8 with
 * at least one multi-byte sequence (plain ASCII is the same either way, and a
 * real Latin-1 name that is not valid UTF-8 is kept as it was).
 */
export function decodeMultipartName(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(name, 'latin1'));
  } catch {
    return name;
  }
}

/**
 * Bidirectional overrides/isolates and marks (which make `exe.pdf` look like
 * `fdp.exe`), C0/C1 controls including NUL, path separators and quotes go;
 * white space is collapsed; the result is at most 200 characters keeping
 * the extension, and never empty.
 */
export function sanitiseFileName(raw: string): string {
  const name = decodeMultipartName(raw)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g, '')
    .replace(/[\\/"]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...name];
  if (!chars.length || /^[.\s_]*$/.test(name)) return FALLBACK_FILE_NAME;
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = extensionOf(name);
  const suffix = extension ? `.${extension}` : '';
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
      .join('')
      .trimEnd() + suffix
  );
}
