/** What the first bytes of a file say it is, before a reader is asked to open it. */
export type FileKind = "empty" | "zip" | "ole-encrypted" | "ole-legacy" | "other";

/** OLE compound file magic: password-protected OOXML and legacy .xls both start with it. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Zip local file header, or the end record of an empty zip. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];

export function sniffFileKind(data: Uint8Array): FileKind {
  if (data.length === 0) return "empty";
  if (startsWith(data, ZIP_MAGIC) || startsWith(data, ZIP_EMPTY_MAGIC)) return "zip";
  if (startsWith(data, OLE_MAGIC)) {
    // Stream names in an OLE directory are UTF-16LE; an encrypted OOXML file holds the
    // "EncryptedPackage" stream, an .xls holds "Workbook" (Excel 97+) or "Book" (Excel 5/95).
    if (containsUtf16(data, "EncryptedPackage")) return "ole-encrypted";
    if (containsUtf16(data, "Workbook") || containsUtf16(data, "Book")) return "ole-legacy";
    return "other";
  }
  return "other";
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  if (data.length < magic.length) return false;
  return magic.every((byte, i) => data[i] === byte);
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  const first = needle[0];
  const last = data.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (data[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
