/**
 * Sheet names: Excel compares them without regard to case, at most 31 characters, and some
 * characters are refused. These helpers decide the names of new sheets before they are written.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
export const TEMP_SHEET_PREFIX = "chibo-tmp-";

/** The key Excel compares names by (case folded; NFC so that composed and decomposed agree). */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** "TH Đảng viên (2)" for the k-th alternative (k ≥ 2), trimmed to 31 characters. */
export function numberedName(name: string, k: number): string {
  const suffix = ` (${k})`;
  return name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

/** Names a new sheet could take, in order: the name itself, then "Name (2)", "Name (3)", … */
export function* candidateNames(name: string): Generator<string> {
  yield name;
  for (let k = 2; ; k++) yield numberedName(name, k);
}

/** Whether an existing sheet name is one of the names a requested sheet could have taken. */
export function isCandidateFor(existing: string, requested: string): boolean {
  const key = sheetNameKey(existing);
  if (key === sheetNameKey(requested)) return true;
  const match = /^(.*) \((\d+)\)$/.exec(existing);
  if (!match || Number(match[2]) < 2) return false;
  return sheetNameKey(numberedName(requested, Number(match[2]))) === key;
}

/** Unique temporary names for sheets being built, distinct from every existing one. */
export function temporaryNames(
  existing: readonly string[],
  count: number,
  random: () => number = Math.random,
): string[] {
  const taken = new Set(existing.map(sheetNameKey));
  const names: string[] = [];
  const tag = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
  for (let i = 1; names.length < count; i++) {
    const name = `${TEMP_SHEET_PREFIX}${tag}-${i}`;
    if (!taken.has(sheetNameKey(name))) {
      taken.add(sheetNameKey(name));
      names.push(name);
    }
  }
  return names;
}

export interface ExistingSheet {
  name: string;
  /** Carries chibo's marker: it may be replaced. */
  ours: boolean;
}

export interface NamePlan {
  /** Final name of each requested sheet, in order. */
  finalNames: string[];
  /** Our earlier sheets to delete (their names are taken over). */
  toDelete: string[];
}

/**
 * For each requested name, the first candidate that is free or is one of ours (which is then
 * replaced). A user's sheet keeps its name; ours moves on to "Name (2)" and so on.
 */
export function planFinalNames(requested: readonly string[], existing: readonly ExistingSheet[]): NamePlan {
  const byKey = new Map(existing.map((sheet) => [sheetNameKey(sheet.name), sheet] as const));
  const claimed = new Set<string>();
  const finalNames: string[] = [];
  const toDelete: string[] = [];
  for (const name of requested) {
    for (const candidate of candidateNames(name)) {
      const key = sheetNameKey(candidate);
      if (claimed.has(key)) continue;
      const current = byKey.get(key);
      if (current && !current.ours) continue;
      claimed.add(key);
      if (current) toDelete.push(current.name);
      finalNames.push(candidate);
      break;
    }
  }
  return { finalNames, toDelete };
}
