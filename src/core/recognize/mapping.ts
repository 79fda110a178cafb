import type { LevelMatcher } from "../criteria/level-matcher";
import { LEVEL_KEYS } from "../criteria/levels";
import { foldText } from "../text";
import type { FieldName, SheetKind } from "../types";
import type { HeaderBlock } from "./header";
import { headerWords, matchField } from "./match";
import { readMeetingHeader } from "./attendance-columns";
import { KIND_SHAPES } from "../kinds/shapes";
import type { KindShape } from "../kinds/shape";

export interface ColumnMapping {
  kind: SheetKind;
  columns: Map<FieldName, number>;
  /** Fields claimed by more than one column: the one used and the others. */
  duplicates: { field: FieldName; used: number; others: number[] }[];
  /** 0..1 */
  confidence: number;
}

interface Candidate {
  field: FieldName;
  score: number;
  col: number;
}

/**
 * Candidates by level matcher, kind and header texts. The units of a roll-up mostly share a
 * template, so the same header is mapped for every kind in file after file: mapped once.
 */
const MAPPED = new WeakMap<LevelMatcher, Map<string, readonly Candidate[]>>();
const MAPPED_LIMIT = 2_000;

function mapForKind(
  header: HeaderBlock,
  kind: SheetKind,
  levels: LevelMatcher,
  readings: () => readonly ColumnReading[],
): readonly Candidate[] {
  let known = MAPPED.get(levels);
  if (!known) MAPPED.set(levels, (known = new Map()));
  const key = `${kind} ${JSON.stringify(header.texts)}`;
  let candidates = known.get(key);
  if (!candidates) {
    candidates = mapForKindUncached(readings(), kind, levels);
    if (known.size >= MAPPED_LIMIT) known.clear();
    known.set(key, candidates);
  }
  return candidates;
}

/**
 * What a header column says whatever the kind: read once per column, not once per kind (each
 * kind is tried on the same header). The words are folded header words ("ho va ten").
 */
interface ColumnReading {
  col: number;
  texts: readonly string[];
  leaf: string;
  leafLevel: ReturnType<LevelMatcher["headerLevel"]>;
  groupLevel: ReturnType<LevelMatcher["headerLevel"]>;
  leafWords: string;
  /** The group's and the leaf's words together; "" when the column has no group text. */
  fullWords: string;
}

/** The reading of each header column that holds text, left to right. */
function readColumns(header: HeaderBlock, levels: LevelMatcher): ColumnReading[] {
  const readings: ColumnReading[] = [];
  header.texts.forEach((texts, col) => {
    if (texts.length === 0) return;
    const leaf = texts[texts.length - 1];
    const group = texts.length > 1 ? texts[0] : "";
    readings.push({
      col,
      texts,
      leaf,
      leafLevel: levels.headerLevel(leaf),
      groupLevel: group ? levels.headerLevel(group) : null,
      leafWords: headerWords(foldText(leaf)),
      fullWords: group ? headerWords(foldText(`${group} ${leaf}`)) : "",
    });
  });
  return readings;
}

/** Maps the header's columns for one kind. */
function mapForKindUncached(
  readings: readonly ColumnReading[],
  kind: SheetKind,
  levels: LevelMatcher,
): Candidate[] {
  const candidates: Candidate[] = [];
  let meetings = 0;
  for (const { col, texts, leaf, leafLevel, groupLevel, leafWords, fullWords } of readings) {
    if (kind === "attendance" && readMeetingHeader(leaf)) {
      candidates.push({ field: `attendance:${++meetings}`, score: 200, col });
      continue;
    }
    if (kind === "reported-summary") {
      // Under two or three header rows ("Kết quả đánh giá, xếp loại" › level › "Số lượng" / "Tỷ lệ"),
      // the level is the nearest header text above the leaf that names one.
      const level =
        groupLevel ??
        leafLevel ??
        [...texts]
          .reverse()
          .map((t) => levels.headerLevel(t))
          .find((l) => l !== null) ??
        null;
      if (level) {
        const isPercent = /\bty le\b|%/.test(leafWords);
        // "Không đánh giá, xếp loại" names no level but those left out: their count is part of
        // "Tổng số" (total = assessed + not assessed); a share of them is of no use to the checks.
        if (level === "none") {
          if (!isPercent) candidates.push({ field: "notAssessed", score: 200, col });
        } else
          candidates.push({
            field: isPercent ? `levelPercent:${level}` : `levelCount:${level}`,
            score: 200,
            col,
          });
        continue;
      }
    } else if ((kind === "members" || kind === "collectives") && leafLevel) {
      candidates.push({
        field: leafLevel === "none" ? "levelMark:none" : `levelMark:${leafLevel}`,
        score: 200,
        col,
      });
      continue;
    }
    if (kind === "meeting-score") {
      const month = monthOfHeader(leafWords);
      if (month !== null) {
        candidates.push({ field: `monthScore:${month}`, score: 150, col });
        continue;
      }
    }
    const leafMatch = matchField(leafWords, kind);
    const fullMatch = fullWords ? matchField(fullWords, kind) : null;
    const match = leafMatch ?? fullMatch;
    if (match) candidates.push({ field: match.field, score: match.score, col });
  }
  return candidates;
}

const LEVEL_COLUMN_FIELDS: FieldName[] = ["selfLevel", "proposedLevel", "level"];

/** Resolves candidates into one column per field; reports the fields claimed twice. */
function resolve(candidates: readonly Candidate[]): Pick<ColumnMapping, "columns" | "duplicates"> {
  const byField = new Map<FieldName, Candidate[]>();
  for (const candidate of candidates) {
    const list = byField.get(candidate.field) ?? [];
    list.push(candidate);
    byField.set(candidate.field, list);
  }
  const columns = new Map<FieldName, number>();
  const duplicates: ColumnMapping["duplicates"] = [];
  for (const [field, list] of byField) {
    // The decision is the rightmost level column (self-rating, proposal, decision read left to right);
    // for other fields the most specific header wins, then the leftmost.
    const sorted = LEVEL_COLUMN_FIELDS.includes(field)
      ? [...list].sort((a, b) => b.score - a.score || b.col - a.col)
      : [...list].sort((a, b) => b.score - a.score || a.col - b.col);
    columns.set(field, sorted[0].col);
    if (sorted.length > 1)
      duplicates.push({ field, used: sorted[0].col, others: sorted.slice(1).map((c) => c.col) });
  }
  return { columns, duplicates };
}

function satisfies(shape: KindShape, columns: Map<FieldName, number>): boolean {
  const signature = shape.signature;
  if (!signature.required.every((f) => columns.has(f))) return false;
  // A year of meeting scores has a score column per month instead of one scorer's column.
  if (shape.kind === "meeting-score" && [...columns.keys()].some((f) => f.startsWith("monthScore:")))
    return true;
  return signature.anyOf.some((group) => group.every((f) => columns.has(f)));
}

/** The meeting columns of an attendance register, left to right. */
export function attendanceColumns(columns: Map<FieldName, number>): number[] {
  const found: number[] = [];
  for (let n = 1; columns.has(`attendance:${n}`); n++) found.push(columns.get(`attendance:${n}`) as number);
  return found;
}

/** "Tháng 3", "T3", "Tháng 03" over a score column: the month it scores, or null. */
function monthOfHeader(words: string): number | null {
  const match = /^(?:thang|t)\s*0?(\d{1,2})$/.exec(words);
  const month = match ? Number(match[1]) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}

/** Chooses the kind whose signature the header satisfies with the most mapped columns. */
export function mapColumns(header: HeaderBlock, levels: LevelMatcher): ColumnMapping {
  let best: ColumnMapping | null = null;
  const filled = header.texts.filter((t) => t.length > 0).length || 1;
  let readings: ColumnReading[] | null = null;
  const readOnce = () => (readings ??= readColumns(header, levels));
  for (const shape of KIND_SHAPES) {
    const kind = shape.kind;
    const { columns, duplicates } = resolve(mapForKind(header, kind, levels, readOnce));
    if (!satisfies(shape, columns)) continue;
    const mappedColumns = new Set(columns.values()).size;
    const confidence = Math.min(1, 0.5 + 0.5 * (mappedColumns / filled)) - (duplicates.length ? 0.1 : 0);
    if (
      !best ||
      confidence > best.confidence ||
      (confidence === best.confidence && columns.size > best.columns.size)
    )
      best = { kind, columns, duplicates, confidence: Math.max(0, Math.round(confidence * 100) / 100) };
  }
  return best ?? { kind: "unknown", columns: new Map(), duplicates: [], confidence: 0 };
}

/** The level-mark columns of a members or collectives table, in level order. */
export function levelMarkColumns(
  columns: Map<FieldName, number>,
): { level: (typeof LEVEL_KEYS)[number] | "none"; col: number }[] {
  const marks: { level: (typeof LEVEL_KEYS)[number] | "none"; col: number }[] = [];
  for (const level of LEVEL_KEYS) {
    const col = columns.get(`levelMark:${level}`);
    if (col !== undefined) marks.push({ level, col });
  }
  const none = columns.get("levelMark:none");
  if (none !== undefined) marks.push({ level: "none", col: none });
  return marks;
}
