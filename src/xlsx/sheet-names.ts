/** Excel's limits on sheet names. */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[*?:/\\[\]]/;

/** Why Excel would refuse a sheet name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "the name is empty";
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `the name is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (FORBIDDEN.test(name)) return "the name holds one of * ? : / \\ [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "the name starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return 'the name "History" is reserved by Excel';
  return null;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The largest suffix tried before giving up: "TH Đảng viên (99)". */
export const MAX_NAME_SUFFIX = 99;

/**
 * The names tried in turn for a sheet: "X", then "X (2)", "X (3)" … The base is shortened
 * where needed so that every candidate stays within 31 characters.
 */
export function* candidateNames(name: string): Generator<string> {
  yield name;
  for (let n = 2; n <= MAX_NAME_SUFFIX; n++) {
    const suffix = ` (${n})`;
    yield name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
  }
}
