/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address for a 0-based row and column. */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** 0-based column index for letters such as "H" or "AB"; -1 when they are not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Parses "H29" (or "$H$29") into 0-based row and column; null when it is not an A1 address. */
export function parseA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(match[1]) };
}

/** "A1:D4" style range address from 0-based corners. */
export function toRangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}
