/**
 * A1 addresses as the fake host speaks them, written apart from the port's own parser so that
 * the tests do not check the port against itself.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based, inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B3", "B3:H40", "A:C", "1:30", with or without "$". Throws on anything else. */
export function parseAddress(address: string): Box {
  const text = address.replace(/\$/g, "").trim();
  let match = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (match) {
    const r1 = Number(match[2]) - 1;
    const c1 = columnOf(match[1]);
    const r2 = match[4] ? Number(match[4]) - 1 : r1;
    const c2 = match[3] ? columnOf(match[3]) : c1;
    return check(
      { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) },
      address,
    );
  }
  match = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (match) {
    const c1 = columnOf(match[1]);
    const c2 = columnOf(match[2]);
    return check({ top: 0, left: Math.min(c1, c2), bottom: MAX_ROWS - 1, right: Math.max(c1, c2) }, address);
  }
  match = /^(\d+):(\d+)$/.exec(text);
  if (match) {
    const r1 = Number(match[1]) - 1;
    const r2 = Number(match[2]) - 1;
    return check(
      { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COLUMNS - 1 },
      address,
    );
  }
  throw new Error(`Invalid address: ${address}`);
}

function check(box: Box, address: string): Box {
  if (box.top < 0 || box.left < 0 || box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS) {
    throw new Error(`Address outside the sheet: ${address}`);
  }
  return box;
}

export function isInside(box: Box): boolean {
  return (
    box.top >= 0 &&
    box.left >= 0 &&
    box.bottom < MAX_ROWS &&
    box.right < MAX_COLUMNS &&
    box.top <= box.bottom &&
    box.left <= box.right
  );
}

/** "B3:H40", "B3", "A:C" or "1:30", as Excel writes them. */
export function formatBox(box: Box): string {
  if (box.top === 0 && box.bottom === MAX_ROWS - 1) return `${letters(box.left)}:${letters(box.right)}`;
  if (box.left === 0 && box.right === MAX_COLUMNS - 1) return `${box.top + 1}:${box.bottom + 1}`;
  const start = `${letters(box.left)}${box.top + 1}`;
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${letters(box.right)}${box.bottom + 1}`;
}

/** Excel quotes a sheet name in an address unless it is made of letters, digits and "_" only. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
