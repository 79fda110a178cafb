import { EMITS as CRITERIA_SHEET } from "../criteria/sheet-read";
import { attendanceKind } from "./attendance";
import { collectivesKind } from "./collectives";
import type { SheetKindDef } from "./kind";
import { meetingScoreKind } from "./meeting-score";
import { meetingsKind } from "./meetings";
import { membersKind } from "./members";
import { reportedSummaryKind } from "./reported-summary";

/** The "Tiêu chí" sheet: read before anything else (see criteria/choose.ts), known by its marker. */
const criteriaKind: SheetKindDef = { kind: "criteria", emits: CRITERIA_SHEET };

/** chibo's own summary sheets: left alone by the analysis, read back by the roll-up. */
const chiboSummaryKind: SheetKindDef = { kind: "chibo-summary", emits: [] };

/**
 * Every kind of sheet chibo reads, in the order their workbook-wide checks run (a reported
 * summary is judged against the member and organisation lists, so it comes after them).
 * Adding a kind: a folder beside these (shape.ts + index.ts), a line here, one in ./shapes.ts,
 * and its texts (the text key "kind.<kind>", in each language's texts at the edge).
 */
export const SHEET_KINDS: readonly SheetKindDef[] = [
  membersKind,
  collectivesKind,
  meetingsKind,
  meetingScoreKind,
  attendanceKind,
  reportedSummaryKind,
  criteriaKind,
  chiboSummaryKind,
];

export function kindDef(kind: string): SheetKindDef | undefined {
  return SHEET_KINDS.find((def) => def.kind === kind);
}
