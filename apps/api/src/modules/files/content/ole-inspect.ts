import type { SourceReader } from './source-reader';
import { StreamingMatch, matchesSomewhere } from './streaming-match';

/** Compound File Binary (legacy .doc, .xls, .ppt, and OLE objects inside OOXML). */
export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Latin-1 text of the UTF-16LE bytes of `s` (one character a byte, as the scans read). */
const utf16 = (s: string): string => Buffer.from(s, 'utf16le').toString('latin1');

/**
 * Directory entry names are UTF-16LE in the file, so a VBA project shows as
 * the `_VBA_PROJECT` stream (always present with macros) or the
 * `PROJECTwm`/`PROJECT` streams next to it. Excel 4 macro sheets in .xls are
 * not detected here (legacy formats are refused anyway; this only picks the
 * message).
 */
const MARKERS = [utf16('_VBA_PROJECT'), utf16('PROJECTwm'), utf16('_VBA_PROJECT_CUR')];

const LONGEST_MARKER = Math.max(...MARKERS.map((m) => m.length));

export function isOle(buf: Buffer): boolean {
  return buf.subarray(0, 8).equals(OLE_MAGIC);
}

/** Looks for a VBA project in OLE bytes that arrive in pieces (push each as Latin-1 text). */
export function oleMacroScan(): StreamingMatch {
  return new StreamingMatch((text) => MARKERS.some((m) => text.includes(m)), LONGEST_MARKER);
}

/** Whether the source is an OLE file with a VBA project, read one window at a time. */
export async function oleSourceHasMacros(reader: SourceReader): Promise<boolean> {
  if (!isOle(await reader.bytes(0, OLE_MAGIC.length))) return false;
  return matchesSomewhere(reader.text(0, reader.size), oleMacroScan());
}
