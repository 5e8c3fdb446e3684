/** Compound File Binary (legacy .doc, .xls, .ppt, and OLE objects inside OOXML). */
export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

/**
 * Directory entry names are UTF-16LE in the file, so a VBA project shows as
 * the `_VBA_PROJECT` stream (always present with macros) or the
 * `PROJECTwm`/`PROJECT` streams next to it. Excel 4 macro sheets in .xls are
 * not detected here (legacy formats are refused anyway; this only picks the
 * message).
 */
const MARKERS = [utf16('_VBA_PROJECT'), utf16('PROJECTwm'), utf16('_VBA_PROJECT_CUR')];

export function isOle(buf: Buffer): boolean {
  return buf.subarray(0, 8).equals(OLE_MAGIC);
}

export function oleHasMacros(buf: Buffer): boolean {
  return MARKERS.some((marker) => buf.includes(marker));
}
