import type { Criteria } from "../criteria/schema";
import { levelRank, type LevelKey } from "../criteria/levels";
import { toA1 } from "../grid/address";
import { term, type IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { NotesReader } from "../extract/notes";
import { levelAddress, type RatedRowList } from "../extract/rated-rows";
import { readNumber } from "../grid/cell";
import { checkCardNumbers } from "./card-numbers";
import type { IssueCode } from "../issues/codes";

/**
 * The issue codes this file can emit, those of the card-number check (card-numbers.ts) included
 * (checked against the catalog and the texts by test/core/issue-codes.test.ts).
 */
export const EMITS: readonly IssueCode[] = [
  "discipline-level",
  "duplicate-member",
  "excluded-member-classified",
  "formula-error",
  "invalid-card-number",
  "invalid-number",
  "level-score-mismatch",
  "number-as-text",
  "score-above-max",
  "score-negative",
  "sick-leave-level",
];

/**
 * Row checks of a member list: card numbers, duplicates, exclusions, level caps, score bands.
 * The row loops are indexed, not for-of: each runs once over up to 100,000 rows, most of them
 * before V8 optimizes the loop, and unoptimized for-of costs a call and a result object per row.
 * The card numbers' walk is a forEach (card-numbers.ts says why).
 */
export function checkMembers(
  table: RecognizedTable,
  rows: RatedRowList,
  criteria: Criteria,
  sink: IssueSink,
): void {
  checkCardNumbers(table, rows, criteria, sink);
  checkDuplicateNames(table, rows, sink);
  checkLevelRules(table, rows, criteria, sink);
  checkScores(table, rows, criteria, sink);
  // An error value in the birth-year column (or any mapped column) of a record row is reported by
  // the analysis from the error cells its recognition found (reportErrorValues): no walk here.
}

/** Same name and birth year twice (where no card number tells them apart): a warning. */
function checkDuplicateNames(table: RecognizedTable, rows: RatedRowList, sink: IssueSink): void {
  const nameCol = table.columns.get("name");
  const yearCol = table.columns.get("birthYear");
  if (nameCol === undefined || yearCol === undefined || table.columns.has("cardNumber")) return;
  // The first row of each name, birth year and cell: its address is made only when a duplicate names it.
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows.rowAt(i);
    // A row's name is read from its sheet each time it is asked for (rated-row-list.ts): once here.
    const name = rows.nameAt(i);
    if (!name) continue;
    const year = table.text.text(row, yearCol);
    if (!year) continue;
    const key = `${name.toLowerCase()}\u0000${year}\u0000${rows.cellAt(i) ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      sink.add("duplicate-member", {
        sheet: table.info.name,
        cell: toA1(row, nameCol),
        row: row + 1,
        column: "name",
        value: name,
        severity: "warning",
        params: {
          name,
          what: term("nameAndBirthYear"),
          value: `${name}, ${year}`,
          firstCell: toA1(first, nameCol),
        },
      });
    else seen.set(key, row);
  }
}

function checkLevelRules(
  table: RecognizedTable,
  rows: RatedRowList,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const notes = new NotesReader(criteria);
  const sheet = table.info.name;
  const { discipline, sickLeave } = criteria.memberCaps;
  // Most rows have no notes: the list knows the few that have (rated-row-list.ts).
  for (const index of rows.notedIndexes()) {
    const row = rows.at(index);
    const reading = notes.read(row.notes);
    if (reading.exclusion && row.status === "classified" && row.level) {
      sink.add("excluded-member-classified", {
        ...placeOf(sheet, row.row, row.levelCol, "level"),
        value: row.level,
        params: { name: row.name, reason: reading.exclusion, level: row.level },
      });
      continue;
    }
    if (discipline && reading.discipline && row.level && row.level !== discipline.level) {
      sink.add("discipline-level", {
        ...placeOf(sheet, row.row, row.levelCol, "level"),
        value: row.level,
        severity: reading.remedied || reading.earlierYear ? "warning" : "error",
        params: {
          // Why it is only a warning: the competent level decides (Quy định 366).
          ...(reading.remedied
            ? { variant: "remedied" }
            : reading.earlierYear
              ? { variant: "earlier-year" }
              : {}),
          name: row.name,
          reason: row.notes,
          level: row.level,
          required: discipline.level,
        },
      });
      continue;
    }
    if (
      sickLeave &&
      reading.sickMonths !== null &&
      reading.sickMonths >= sickLeave.minMonths &&
      row.level &&
      levelRank(row.level) > levelRank(sickLeave.maxLevel)
    ) {
      sink.add("sick-leave-level", {
        ...placeOf(sheet, row.row, row.levelCol, "level"),
        value: row.level,
        params: {
          name: row.name,
          reason: row.notes,
          level: row.level,
          max: sickLeave.maxLevel,
          months: sickLeave.minMonths,
        },
      });
    }
  }
}

/**
 * Where an issue about a row's cell is: made only when there is an issue, so that the rows that
 * have none (nearly all of a long list) build no address.
 */
function placeOf(sheet: string, row: number, col: number, column: string) {
  return { sheet, cell: toA1(row, col), row: row + 1, column };
}

function levelForScore(score: number, criteria: Criteria): LevelKey | null {
  const bands = criteria.scoreBands;
  if (!bands) return null;
  if (score >= bands.HTXSNV) return "HTXSNV";
  if (score >= bands.HTTNV) return "HTTNV";
  if (score >= bands.HTNV) return "HTNV";
  return "KHTNV";
}

/** Under a 100-point scale (Quy định 366) the level must agree with the score band. */
function checkScores(table: RecognizedTable, rows: RatedRowList, criteria: Criteria, sink: IssueSink): void {
  const col = table.columns.get("score");
  if (col === undefined) return;
  const sheet = table.info.name;
  const max = criteria.scoreBands?.scale ?? 100;
  for (let i = 0; i < rows.length; i++) {
    // Read from the list's columns: no row object is made for each of a long list's rows.
    const row = rows.rowAt(i);
    const reading = readNumber(table.text.raw(row, col));
    if (reading.kind === "blank") continue;
    if (reading.kind === "error") {
      sink.add("formula-error", { ...placeOf(sheet, row, col, "score"), value: reading.error });
      continue;
    }
    if (reading.kind === "invalid") {
      sink.add("invalid-number", {
        ...placeOf(sheet, row, col, "score"),
        value: reading.raw,
        params: { field: term("score") },
      });
      continue;
    }
    if (reading.kind === "text-number")
      sink.add("number-as-text", {
        ...placeOf(sheet, row, col, "score"),
        value: reading.raw,
        params: { field: term("score") },
      });
    const score = reading.value;
    if (score < 0)
      sink.add("score-negative", {
        ...placeOf(sheet, row, col, "score"),
        value: score,
        params: { score, item: rows.nameAt(i), max },
      });
    else if (score > max)
      sink.add("score-above-max", {
        ...placeOf(sheet, row, col, "score"),
        value: score,
        params: { score, item: rows.nameAt(i), max },
      });
    const expected = levelForScore(score, criteria);
    const { level, levelCol } = rows.ratingAt(i);
    if (expected && level && expected !== level)
      sink.add("level-score-mismatch", {
        severity: criteria.scoreBands?.verified === false ? "warning" : "error",
        sheet,
        cell: levelAddress({ row, levelCol }),
        row: row + 1,
        column: "level",
        value: level,
        params: { stated: level, expected, score },
      });
  }
}
