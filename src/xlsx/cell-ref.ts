/** The last row and column of a worksheet, 0-based (Excel's 1,048,576 rows and 16,384 columns). */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export interface CellAt {
  row: number;
  col: number;
}

/**
 * Reads "AB12" (with or without $) from the UTF-8 bytes `xml[start, end)` into `out` (0-based),
 * without making a string: the sheet reader's fast path calls it once per cell. False when it is
 * not an address inside a sheet.
 */
export function readCellRef(xml: Uint8Array, start: number, end: number, out: CellAt): boolean {
  let i = start;
  let col = 0;
  if (i < end && xml[i] === 36) i++;
  const lettersStart = i;
  for (; i < end; i++) {
    const c = xml[i] | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === lettersStart || i - lettersStart > 3) return false;
  if (i < end && xml[i] === 36) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < end; i++) {
    const c = xml[i];
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (i === digitsStart || i - digitsStart > 7 || row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COL)
    return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** "$XFD$1048576", the longest address. */
const MAX_REF_LENGTH = 12;
const scratch = new Uint8Array(MAX_REF_LENGTH);

/** "AB12" → 0-based row and column; null when it is not a cell address inside a sheet. */
export function parseCellRef(ref: string): CellAt | null {
  if (ref.length > MAX_REF_LENGTH) return null;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    // Only ASCII can make an address; anything else is refused (0 is neither a letter nor a digit).
    scratch[i] = code < 128 ? code : 0;
  }
  const at = { row: 0, col: 0 };
  return readCellRef(scratch, 0, ref.length, at) ? at : null;
}
