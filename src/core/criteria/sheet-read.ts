import type { z } from "zod";
import type { TextKey } from "../text-key";
import type { Words } from "../words";
import { toA1 } from "../grid/address";
import { cellAt, type CellValue, type Grid, gridWidth, isCellError } from "../grid/types";
import type { IssueCode } from "../issues/codes";
import { type Issue, type IssueParamValue, makeIssue } from "../issues/issue";
import { patternProblem } from "./safe-pattern";
import type { Criteria } from "./schema";
import {
  CRITERIA_MARKER_PREFIX,
  FIELD_SECTIONS,
  type FieldKind,
  GRADE_CONDITION_FIELDS,
  GRADE_CONDITION_KEY,
  RULE_SOURCE_FIELDS,
  RULE_SOURCE_KEY,
  GROUP_LABEL,
  ITEM_LABEL,
  KEYS,
  type ScalarField,
} from "./sheet-layout";
import type { CriteriaValidator } from "./validator";
import {
  isBlankValue,
  issueValue,
  readBoolean,
  readChoice,
  readLevel,
  readList,
  readNumber,
  readText,
  saysNotApplicable,
} from "./sheet-values";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = [
  "unsafe-pattern",
  "formula-error",
  "header-not-found",
  "invalid-level",
  "invalid-number",
  "missing-column",
  "total-mismatch",
];

/** Where a value of the criteria came from, so that a schema failure can point at its cell. */
interface Origin {
  cell: string;
  /** 1-based, as in issues. */
  row: number;
  col: number;
  label: string;
  kind: FieldKind | null;
}

interface Columns {
  label: number;
  value: number;
  key: number;
  extra: number;
  markerId: string | null;
}

const FIELDS = new Map<string, ScalarField>(FIELD_SECTIONS.flatMap((s) => s.fields.map((f) => [f.path, f])));
const NULLABLE_SECTIONS = new Set(FIELD_SECTIONS.filter((s) => s.nullable).map((s) => s.id));
const CONDITION_FIELDS = new Map(GRADE_CONDITION_FIELDS.map((f) => [f.path, f]));

/**
 * Reads an edited "Tiêu chí" sheet back. Every value that cannot be read, and every schema failure,
 * becomes an issue at the cell that holds it; criteria is null when any is an error. Never throws.
 * `validate` is the schema (src/core/criteria-schema.ts gives it, and criteriaFromGrid bound to it).
 */
export function readCriteriaGrid(
  grid: Grid,
  words: Words,
  validate: CriteriaValidator,
): { criteria: Criteria | null; issues: Issue[] } {
  const columns = findColumns(grid);
  if (!columns) {
    return {
      criteria: null,
      issues: [makeIssue("header-not-found", { sheet: grid.name, params: { sheet: grid.name } })],
    };
  }
  const reader = new CriteriaSheetReader(grid, columns, words, validate);
  return reader.read();
}

/** The key column is the one whose row 1 holds the marker; without it, the one holding most known keys. */
function findColumns(grid: Grid): Columns | null {
  const first = grid.rows[0] ?? [];
  for (let col = 0; col < first.length; col++) {
    const value = first[col];
    if (typeof value === "string" && value.startsWith(CRITERIA_MARKER_PREFIX) && col >= 2) {
      return columnsAt(col, markerId(value));
    }
  }
  let best = -1;
  let bestCount = 0;
  for (let col = 2; col < gridWidth(grid); col++) {
    let count = 0;
    for (const row of grid.rows) {
      const value = row[col];
      if (typeof value === "string" && FIELDS.has(value.trim())) count++;
    }
    if (count > bestCount) [best, bestCount] = [col, count];
  }
  return bestCount >= 3 ? columnsAt(best, null) : null;
}

function columnsAt(key: number, markerId: string | null): Columns {
  return { label: key - 2, value: key - 1, key, extra: key + 1, markerId };
}

function markerId(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text.slice(CRITERIA_MARKER_PREFIX.length));
    if (typeof parsed === "object" && parsed !== null && "id" in parsed && typeof parsed.id === "string")
      return parsed.id;
  } catch {
    // A damaged marker still marks the sheet; the id comes from the table.
  }
  return null;
}

class CriteriaSheetReader {
  private readonly tree: Record<string, unknown> = {};
  private readonly origins = new Map<string, Origin>();
  private readonly issues: Issue[] = [];
  private readonly flaggedCells = new Set<string>();
  private readonly notApplicable = new Set<string>();
  private readonly sources: string[] = [];
  private readonly exclusions: Record<string, unknown>[] = [];
  private readonly grades: Record<string, unknown>[] = [];
  private readonly groups: Record<string, unknown>[] = [];
  private readonly ruleSources: Record<string, unknown>[] = [];
  /** Grade condition rows by the number in their key, then by field name. */
  private readonly conditions = new Map<number, Map<string, number>>();

  constructor(
    private readonly grid: Grid,
    private readonly columns: Columns,
    private readonly words: Words,
    private readonly validate: CriteriaValidator,
  ) {}

  read(): { criteria: Criteria | null; issues: Issue[] } {
    for (let row = 0; row < this.grid.rows.length; row++) {
      const key = cellAt(this.grid, row, this.columns.key);
      if (typeof key === "string" && !key.startsWith(CRITERIA_MARKER_PREFIX)) this.readRow(row, key.trim());
    }
    this.assemble();
    this.checkGroupTotals();
    const result = this.validate(this.tree);
    if (!result.success) for (const issue of result.error.issues) this.reportSchemaIssue(issue);
    const failed = !result.success || this.issues.some((issue) => issue.severity === "error");
    return { criteria: failed ? null : result.data, issues: this.issues };
  }

  private readRow(row: number, key: string): void {
    if (key.startsWith(KEYS.sectionPrefix))
      return this.readSection(row, key.slice(KEYS.sectionPrefix.length));
    switch (key) {
      case KEYS.title:
        return this.readLine(row, "title");
      case KEYS.source:
        return this.readSourceLine(row);
      case KEYS.exclusion:
        return this.readExclusion(row);
      case KEYS.grade:
        return this.readGrade(row);
      case KEYS.rubricGroup:
        return this.readGroup(row);
      case KEYS.rubricItem:
        return this.readItem(row);
      case KEYS.ruleSource:
        return this.readRuleSource(row);
    }
    const sourceField = RULE_SOURCE_KEY.exec(key);
    if (sourceField) return this.readRuleSourceField(row, sourceField[1]);
    const condition = GRADE_CONDITION_KEY.exec(key);
    if (condition) return this.collectCondition(row, Number(condition[1]), condition[2]);
    const field = FIELDS.get(key);
    if (field) this.readField(row, field.path, field.kind);
  }

  private readSection(row: number, id: string): void {
    this.origins.set(id, this.origin(row, this.columns.value, null));
    if (NULLABLE_SECTIONS.has(id) && saysNotApplicable(this.value(row), this.words))
      this.notApplicable.add(id);
  }

  private readLine(row: number, path: string): void {
    const value = this.at(row, this.columns.label);
    if (this.isFormulaError(row, this.columns.label, value)) return;
    setPath(this.tree, path, readText(value));
    this.origins.set(path, this.origin(row, this.columns.label, { type: "text" }));
  }

  private readSourceLine(row: number): void {
    const value = this.at(row, this.columns.label);
    if (isBlankValue(value) || this.isFormulaError(row, this.columns.label, value)) return;
    this.origins.set(
      `sources.${this.sources.length}`,
      this.origin(row, this.columns.label, { type: "text" }),
    );
    this.sources.push(readText(value));
  }

  private readExclusion(row: number): void {
    if (this.isBlankRow(row)) return;
    const path = `exclusions.${this.exclusions.length}`;
    this.exclusions.push({
      key: readText(this.at(row, this.columns.extra)),
      label: this.text(row, this.columns.label, `${path}.label`),
      keywords: readList(this.value(row)),
    });
    this.origins.set(path, this.origin(row, this.columns.label, null));
    this.origins.set(`${path}.key`, this.origin(row, this.columns.extra, null));
    this.origins.set(`${path}.keywords`, this.origin(row, this.columns.value, { type: "list" }));
  }

  private readGrade(row: number): void {
    if (this.isBlankRow(row)) return;
    const path = `meeting.grades.${this.grades.length}`;
    const grade: Record<string, unknown> = { grade: this.text(row, this.columns.label, `${path}.grade`) };
    this.grades.push(grade);
    this.origins.set(path, this.origin(row, this.columns.label, null));
    grade.min = this.number(row, `${path}.min`);
  }

  private readGroup(row: number): void {
    if (this.isBlankRow(row)) return;
    const path = `meeting.rubric.groups.${this.groups.length}`;
    const label = this.text(row, this.columns.label, `${path}.title`);
    const match = GROUP_LABEL.exec(label);
    const group: Record<string, unknown> = {
      code: match ? match[1] : "",
      title: match ? match[2].trim() : label,
      items: [],
    };
    this.groups.push(group);
    this.origins.set(path, this.origin(row, this.columns.label, null));
    this.origins.set(`${path}.code`, this.origin(row, this.columns.label, { type: "text" }));
    group.max = this.number(row, `${path}.max`);
    this.readTag(row, group, path);
  }

  private readItem(row: number): void {
    if (this.isBlankRow(row)) return;
    const group = this.groups[this.groups.length - 1];
    if (!group) {
      this.flag(
        "missing-column",
        row,
        this.columns.label,
        this.fieldParams(row, this.words.text("criteria.hint.groupFirst")),
      );
      return;
    }
    const items = group.items as Record<string, unknown>[];
    const path = `meeting.rubric.groups.${this.groups.length - 1}.items.${items.length}`;
    const label = this.text(row, this.columns.label, `${path}.title`);
    const item: Record<string, unknown> = { title: ITEM_LABEL.exec(label)?.[1].trim() ?? label };
    items.push(item);
    this.origins.set(path, this.origin(row, this.columns.label, null));
    item.max = this.number(row, `${path}.max`);
    this.readTag(row, item, path);
  }

  private readRuleSource(row: number): void {
    if (this.isBlankRow(row)) return;
    const path = `ruleSources.${this.ruleSources.length}`;
    this.ruleSources.push({
      rule: readText(this.at(row, this.columns.extra)),
      document: this.text(row, this.columns.value, `${path}.document`),
    });
    this.origins.set(path, this.origin(row, this.columns.label, null));
    this.origins.set(`${path}.rule`, this.origin(row, this.columns.extra, { type: "text" }));
  }

  /** A field row of the rule source above it; a row with no rule above is left to the schema's report. */
  private readRuleSourceField(row: number, name: string): void {
    const field = RULE_SOURCE_FIELDS.find((f) => f.path === name);
    const source = this.ruleSources[this.ruleSources.length - 1];
    if (!field || !source) return;
    const path = `ruleSources.${this.ruleSources.length - 1}.${name}`;
    this.origins.set(path, this.origin(row, this.columns.value, field.kind));
    const value = this.value(row);
    if (this.isFormulaError(row, this.columns.value, value)) return;
    const parsed = this.parse(row, path, field.kind, value);
    if (parsed !== undefined) source[name] = parsed;
  }

  private readTag(row: number, target: Record<string, unknown>, path: string): void {
    const tag = readText(this.at(row, this.columns.extra));
    if (tag !== "") target.tag = tag;
    this.origins.set(`${path}.tag`, this.origin(row, this.columns.extra, { type: "text" }));
  }

  /** Grade conditions are numbered in their keys; rows of one condition may come in any order. */
  private collectCondition(row: number, index: number, name: string): void {
    if (!CONDITION_FIELDS.has(name)) return;
    const rows = this.conditions.get(index) ?? new Map<string, number>();
    rows.set(name, row);
    this.conditions.set(index, rows);
  }

  private readField(row: number, path: string, kind: FieldKind): void {
    const value = this.value(row);
    this.origins.set(path, this.origin(row, this.columns.value, kind));
    if (this.isFormulaError(row, this.columns.value, value)) return;
    const parsed = this.parse(row, path, kind, value);
    if (path === "cardNumberPattern" && typeof parsed === "string") {
      // Checked here, at its cell: a pattern from a submitted workbook must never hang the reader.
      const problem = patternProblem(parsed);
      if (problem) {
        this.flag("unsafe-pattern", row, this.columns.value, {
          value: parsed,
          reason: this.words.text(`criteria.pattern.${problem}`),
        });
        return;
      }
    }
    if (parsed !== undefined) setPath(this.tree, path, parsed);
  }

  /** The value of a cell for its kind; undefined (and an issue) when it cannot be read. */
  private parse(row: number, path: string, kind: FieldKind, value: CellValue): unknown {
    switch (kind.type) {
      case "text":
        return readText(value);
      case "optionalText":
        return isBlankValue(value) ? null : readText(value);
      case "list":
        return readList(value);
      case "optionalNumber":
        if (isBlankValue(value)) return null;
        return this.number(row, path);
      case "number":
        return this.number(row, path);
      case "ratio": {
        const percent = this.number(row, path);
        // Shown in percent, kept as a share of 1; rounding drops float noise (20 / 100 stays 0.2).
        return percent === undefined ? undefined : Math.round(percent * 1e7) / 1e9;
      }
      case "boolean": {
        const flag = readBoolean(value, this.words);
        if (flag === null)
          this.flagChoice(row, [this.words.text("criteria.yes"), this.words.text("criteria.no")]);
        return flag ?? undefined;
      }
      case "level": {
        const level = readLevel(value, this.words);
        if ("level" in level) return level.level;
        this.flag("invalid-level", row, this.columns.value, {
          value: readText(value),
          suggestion: level.suggestion,
        });
        return undefined;
      }
      case "choice": {
        const choice = readChoice(value, path, kind.values, this.words);
        if (choice === null)
          this.flagChoice(
            row,
            kind.values.map((v) => this.words.text(`criteria.choice.${path}.${v}`)),
          );
        return choice ?? undefined;
      }
    }
  }

  private number(row: number, path: string): number | undefined {
    const value = this.value(row);
    if (!this.origins.has(path))
      this.origins.set(path, this.origin(row, this.columns.value, { type: "number" }));
    if (this.isFormulaError(row, this.columns.value, value)) return undefined;
    const parsed = readNumber(value);
    if (parsed !== null) return parsed;
    this.flag("invalid-number", row, this.columns.value, {
      field: this.fieldParams(row, "").field,
      value: readText(value),
    });
    return undefined;
  }

  private text(row: number, col: number, path: string): string {
    const value = this.at(row, col);
    this.origins.set(path, this.origin(row, col, { type: "text" }));
    return this.isFormulaError(row, col, value) ? "" : readText(value);
  }

  private assemble(): void {
    this.tree.sources = this.sources;
    this.tree.exclusions = this.exclusions;
    this.tree.ruleSources = this.ruleSources;
    setPath(this.tree, "meeting.grades", this.grades);
    setPath(this.tree, "meeting.gradeConditions", this.assembleConditions());
    if (this.groups.length > 0 || getPath(this.tree, "meeting.rubric") !== undefined) {
      setPath(this.tree, "meeting.rubric.groups", this.groups);
    }
    if (this.tree.id === undefined && this.columns.markerId !== null) this.tree.id = this.columns.markerId;
    for (const id of this.notApplicable) setPath(this.tree, id, null);
  }

  private assembleConditions(): Record<string, unknown>[] {
    const indexes = [...this.conditions.keys()].sort((a, b) => a - b);
    return indexes.map((index, position) => {
      const rows = this.conditions.get(index) ?? new Map<string, number>();
      const condition: Record<string, unknown> = {};
      for (const field of GRADE_CONDITION_FIELDS) {
        const row = rows.get(field.path);
        if (row === undefined) continue;
        const path = `meeting.gradeConditions.${position}.${field.path}`;
        this.origins.set(path, this.origin(row, this.columns.value, field.kind));
        const value = this.value(row);
        if (this.isFormulaError(row, this.columns.value, value)) continue;
        condition[field.path] = this.parse(row, path, field.kind, value);
      }
      return condition;
    });
  }

  /** Items that do not add up to their group's maximum would make every score sheet disagree: a warning. */
  private checkGroupTotals(): void {
    this.groups.forEach((group, index) => {
      const items = group.items as Record<string, unknown>[];
      const maxes = items.map((item) => item.max);
      if (items.length === 0 || typeof group.max !== "number" || !maxes.every((m) => typeof m === "number"))
        return;
      const sum = (maxes as number[]).reduce((total, max) => total + max, 0);
      const origin = this.origins.get(`meeting.rubric.groups.${index}.max`);
      if (!origin || Math.abs(sum - group.max) < 1e-9) return;
      this.issues.push(
        makeIssue("total-mismatch", {
          sheet: this.grid.name,
          cell: origin.cell,
          row: origin.row,
          value: group.max,
          severity: "warning",
          params: { what: origin.label, stated: group.max, computed: sum },
        }),
      );
    });
  }

  private reportSchemaIssue(issue: z.core.$ZodIssue): void {
    const path = issue.path.map(String);
    const { origin, exact } = this.nearestOrigin(path);
    if (origin && this.flaggedCells.has(origin.cell)) return;
    const hint = hintOf(issue, origin?.kind ?? null, this.words);
    // A row that is gone is named by its own label, pointed at by the row of its section.
    const label = (exact ? origin?.label : labelOf(path, this.words)) || origin?.label || path.join(".");
    const field = hint ? `${label}: ${hint}` : label;
    const code: IssueCode =
      origin?.kind?.type === "level"
        ? "invalid-level"
        : isNumeric(origin?.kind ?? null)
          ? "invalid-number"
          : "missing-column";
    const value = origin ? this.at(origin.row - 1, origin.col) : null;
    const level = readLevel(value, this.words);
    const params: Record<string, IssueParamValue> =
      code === "invalid-level"
        ? { value: readText(value), suggestion: "level" in level ? level.level : level.suggestion }
        : code === "invalid-number"
          ? { field, value: readText(value) }
          : { field, kind: this.words.text("kind.criteria") };
    this.issues.push(
      makeIssue(code, {
        sheet: this.grid.name,
        cell: origin?.cell ?? null,
        ...(origin ? { row: origin.row, value: issueValue(value) } : {}),
        params,
      }),
    );
    if (origin) this.flaggedCells.add(origin.cell);
  }

  private nearestOrigin(path: string[]): { origin: Origin | undefined; exact: boolean } {
    for (let length = path.length; length > 0; length--) {
      const origin = this.origins.get(path.slice(0, length).join("."));
      if (origin) return { origin, exact: length === path.length };
    }
    return { origin: undefined, exact: false };
  }

  /** A yes/no or a choice that matches none of its values: no issue code fits better than missing-column. */
  private flagChoice(row: number, values: string[]): void {
    const hint = this.words.text("criteria.hint.oneOf", { values: values.join(" / ") });
    this.flag("missing-column", row, this.columns.value, this.fieldParams(row, hint));
  }

  private flag(code: IssueCode, row: number, col: number, params: Record<string, IssueParamValue>): void {
    const cell = toA1(row, col);
    if (this.flaggedCells.has(cell)) return;
    this.flaggedCells.add(cell);
    const value = this.at(row, col);
    this.issues.push(
      makeIssue(code, { sheet: this.grid.name, cell, row: row + 1, value: issueValue(value), params }),
    );
  }

  /** Template parameters naming the row's field as the sheet shows it, with what is expected. */
  private fieldParams(row: number, hint: string): { field: string; kind: string } {
    const label = readText(this.at(row, this.columns.label));
    return { field: hint ? `${label}: ${hint}` : label, kind: this.words.text("kind.criteria") };
  }

  private isFormulaError(row: number, col: number, value: CellValue): boolean {
    if (!isCellError(value)) return false;
    this.flag("formula-error", row, col, { value: value.error });
    return true;
  }

  private isBlankRow(row: number): boolean {
    return isBlankValue(this.at(row, this.columns.label)) && isBlankValue(this.value(row));
  }

  private origin(row: number, col: number, kind: FieldKind | null): Origin {
    return {
      cell: toA1(row, col),
      row: row + 1,
      col,
      label: readText(this.at(row, this.columns.label)),
      kind,
    };
  }

  private value(row: number): CellValue {
    return this.at(row, this.columns.value);
  }

  private at(row: number, col: number): CellValue {
    return col < 0 ? null : cellAt(this.grid, row, col);
  }
}

function isNumeric(kind: FieldKind | null): boolean {
  return kind?.type === "number" || kind?.type === "optionalNumber" || kind?.type === "ratio";
}

/** A short reason from a schema failure, in the units the sheet shows (a ratio as a percent). */
function hintOf(issue: z.core.$ZodIssue, kind: FieldKind | null, words: Words): string {
  const scale = kind?.type === "ratio" ? 100 : 1;
  switch (issue.code) {
    case "too_big":
      if (issue.origin !== "number" && issue.origin !== "int") return words.text("criteria.hint.format");
      return words.text(issue.inclusive === false ? "criteria.hint.below" : "criteria.hint.max", {
        limit: Number(issue.maximum) * scale,
      });
    case "too_small":
      if (issue.origin !== "number" && issue.origin !== "int") return words.text("criteria.hint.required");
      return words.text(issue.inclusive === false ? "criteria.hint.above" : "criteria.hint.min", {
        limit: Number(issue.minimum) * scale,
      });
    case "invalid_type":
      if (issue.expected === "int") return words.text("criteria.hint.integer");
      return words.text("criteria.hint.required");
    case "invalid_value":
      return words.text("criteria.hint.oneOf", { values: issue.values.map(String).join(" / ") });
    default:
      return words.text("criteria.hint.format");
  }
}

/** The label of a field or section by its path, "" when it has none (an element of a list). */
function labelOf(path: string[], words: Words): string {
  const dotted = path.join(".");
  const keys: TextKey[] = [`criteria.field.${dotted}`, `criteria.section.${dotted}`];
  for (const key of keys) {
    const text = words.text(key);
    if (text !== key) return text;
  }
  return "";
}

function getPath(object: Record<string, unknown>, path: string): unknown {
  let current: unknown = object;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Sets a value at a dotted path, creating the objects on the way (a null on the way is replaced). */
function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let current = object;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (typeof next !== "object" || next === null || Array.isArray(next)) current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts[parts.length - 1]] = value;
}
