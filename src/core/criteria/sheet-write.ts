import type { TextKey } from "../text-key";
import type { Words } from "../words";
import type { SheetSpec, SpecCell } from "../summary/spec";
import { rulesInForce } from "./rule-ids";
import type { Criteria, MeetingRubric } from "./schema";
import {
  ATTENDANCE_SECTION,
  CADENCE_SECTION,
  CAP_SECTION,
  COLLECTIVE_SECTION,
  CRITERIA_FORMAT_VERSION,
  CRITERIA_MARKER_PREFIX,
  DISCIPLINE_SECTION,
  EXTRA_COL,
  type FieldKind,
  type FieldSection,
  GENERAL_SECTION,
  GRADE_CONDITION_FIELDS,
  ITEM_INDENT,
  KEY_COL,
  KEYS,
  LABEL_COL,
  LEVELS_SECTION,
  LIST_SEPARATOR,
  MEETING_SECTION,
  MEMBER_RULES_SECTION,
  RULE_SOURCE_FIELDS,
  MODEL_CELL_SECTION,
  RUBRIC_SECTION,
  SCORE_BANDS_SECTION,
  SICK_LEAVE_SECTION,
  VALUE_COL,
  YEAR_RULE_SECTION,
} from "./sheet-layout";

const SECTION_FILL = "#D9E1F2";
const HEADER_FILL = "#B4C6E7";
const COLUMN_WIDTHS = [62, 48, 14, 14];

/**
 * The criteria as a readable, printable sheet: a heading, the title and the sources, then a table
 * "Mục | Giá trị" with one row per field. Hidden columns hold each row's key (and the marker in row 1)
 * so that criteriaFromGrid can read an edited sheet back.
 */
export function criteriaToSheetSpec(criteria: Criteria, words: Words): SheetSpec {
  const sheet = new SheetBuilder(words);
  sheet.heading(criteria.id);
  sheet.line(criteria.title, KEYS.title, { bold: true, fontSize: 12 });
  sheet.line(words.text("criteria.sourcesHeading"), null, { bold: true, italic: true });
  for (const source of criteria.sources) sheet.line(source, KEYS.source, { italic: true });
  sheet.line(words.text("criteria.editNote"), null, { italic: true, fontSize: 9 });
  sheet.blank();
  const headerRow = sheet.tableHeader(words.text("criteria.col.item"), words.text("criteria.col.value"));

  sheet.fieldSection(GENERAL_SECTION, criteria);
  sheet.fieldSection(LEVELS_SECTION, criteria);
  sheet.fieldSection(SCORE_BANDS_SECTION, criteria);
  sheet.fieldSection(CAP_SECTION, criteria);
  sheet.exclusions(criteria.exclusions);
  sheet.fieldSection(SICK_LEAVE_SECTION, criteria);
  sheet.fieldSection(DISCIPLINE_SECTION, criteria);
  sheet.fieldSection(MEMBER_RULES_SECTION, criteria);
  sheet.fieldSection(COLLECTIVE_SECTION, criteria);
  sheet.fieldSection(ATTENDANCE_SECTION, criteria);
  sheet.fieldSection(CADENCE_SECTION, criteria);
  sheet.fieldSection(MEETING_SECTION, criteria);
  sheet.grades(criteria.meeting.grades);
  sheet.gradeConditions(criteria.meeting.gradeConditions);
  sheet.fieldSection(YEAR_RULE_SECTION, criteria);
  sheet.fieldSection(RUBRIC_SECTION, criteria);
  if (criteria.meeting.rubric) sheet.rubric(criteria.meeting.rubric);
  sheet.fieldSection(MODEL_CELL_SECTION, criteria);
  sheet.ruleSources(criteria);

  const lastRow = sheet.rows.length;
  return {
    name: words.text("criteria.sheetName"),
    cells: sheet.rows,
    merges: sheet.merges,
    columnWidths: [...COLUMN_WIDTHS],
    hiddenColumns: [KEY_COL, EXTRA_COL],
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: [headerRow + 1, headerRow + 1],
      printArea: `A1:B${lastRow}`,
    },
  };
}

type Style = Omit<SpecCell, "value">;

class SheetBuilder {
  readonly rows: (SpecCell | undefined)[][] = [];
  readonly merges: SheetSpec["merges"] = [];

  constructor(private readonly words: Words) {}

  heading(id: string): void {
    const marker = CRITERIA_MARKER_PREFIX + JSON.stringify({ format: CRITERIA_FORMAT_VERSION, id });
    const row = this.push([
      textCell(this.words.text("criteria.heading"), { bold: true, fontSize: 14, horizontal: "center" }),
    ]);
    this.rows[row][KEY_COL] = textCell(marker);
    this.merges.push({ top: row, left: LABEL_COL, bottom: row, right: VALUE_COL });
  }

  /** A line of text above the table; long lines wrap in the label column (Excel cannot fit merged rows). */
  line(text: string, key: string | null, style: Style): void {
    const row = this.push([textCell(text, { wrap: true, vertical: "top", ...style })]);
    if (key) this.rows[row][KEY_COL] = textCell(key);
  }

  blank(): void {
    this.push([]);
  }

  tableHeader(label: string, value: string): number {
    const style: Style = {
      bold: true,
      border: true,
      fill: HEADER_FILL,
      horizontal: "center",
      vertical: "middle",
    };
    return this.push([textCell(label, style), textCell(value, style)]);
  }

  fieldSection(section: FieldSection, criteria: Criteria): void {
    const object = getPath(criteria, section.id === "general" ? "" : section.id);
    const applies = object !== null;
    const status = section.nullable
      ? this.words.text(applies ? "criteria.applies" : "criteria.notApplies")
      : null;
    this.section(`criteria.section.${section.id}`, `${KEYS.sectionPrefix}${section.id}`, status);
    if (!applies) return;
    for (const field of section.fields) {
      this.field(
        this.words.text(`criteria.field.${field.path}`),
        field.path,
        field.kind,
        getPath(criteria, field.path),
      );
    }
  }

  exclusions(exclusions: Criteria["exclusions"]): void {
    this.section("criteria.section.exclusions", `${KEYS.sectionPrefix}exclusions`, null);
    this.subHeader("criteria.header.exclusions.label", "criteria.header.exclusions.value");
    for (const exclusion of exclusions) {
      const row = this.push([labelCell(exclusion.label), valueCell(exclusion.keywords.join(LIST_SEPARATOR))]);
      this.keys(row, KEYS.exclusion, exclusion.key);
    }
  }

  grades(grades: Criteria["meeting"]["grades"]): void {
    this.section("criteria.section.meeting.grades", `${KEYS.sectionPrefix}meeting.grades`, null);
    this.subHeader("criteria.header.grades.label", "criteria.header.grades.value");
    for (const grade of grades) {
      const row = this.push([labelCell(grade.grade), numberCell(grade.min)]);
      this.keys(row, KEYS.grade, null);
    }
  }

  gradeConditions(conditions: Criteria["meeting"]["gradeConditions"]): void {
    this.section("criteria.section.meeting.gradeConditions", KEYS.gradeConditionsSection, null);
    conditions.forEach((condition, index) => {
      for (const field of GRADE_CONDITION_FIELDS) {
        const label = this.words.text(`criteria.field.gradeCondition.${field.path}`, { n: index + 1 });
        const path = `meeting.gradeConditions.${index}.${field.path}`;
        this.field(label, path, field.kind, getPath(condition, field.path));
      }
    });
  }

  /**
   * Where each rule comes from: per source, a row naming the rule and the document (the rule id in
   * the hidden extra column), then its article, where to read it, whether it was verified, a note.
   */
  ruleSources(criteria: Criteria): void {
    this.section("criteria.section.ruleSources", KEYS.ruleSourcesSection, null);
    const inForce = new Set<string>(rulesInForce(criteria));
    for (const source of criteria.ruleSources) {
      const name = this.words.text(`rule.${source.rule}`);
      const label = inForce.has(source.rule) ? name : this.words.text("rule.notApplied", { rule: name });
      const row = this.push([labelCell(label, { bold: true }), valueCell(source.document)]);
      this.keys(row, KEYS.ruleSource, source.rule);
      for (const field of RULE_SOURCE_FIELDS)
        this.field(
          this.words.text(`criteria.field.ruleSource.${field.path}`),
          `ruleSources.${field.path}`,
          field.kind,
          source[field.path as keyof typeof source],
        );
    }
  }

  rubric(rubric: MeetingRubric): void {
    this.subHeader("criteria.header.rubric.label", "criteria.header.rubric.value");
    for (const group of rubric.groups) {
      const label = group.code ? `${group.code}. ${group.title}` : group.title;
      const row = this.push([labelCell(label, { bold: true }), numberCell(group.max, { bold: true })]);
      this.keys(row, KEYS.rubricGroup, group.tag ?? null);
      group.items.forEach((item, index) => {
        const itemRow = this.push([
          labelCell(`${ITEM_INDENT}${index + 1}. ${item.title}`),
          numberCell(item.max),
        ]);
        this.keys(itemRow, KEYS.rubricItem, item.tag ?? null);
      });
    }
  }

  private section(titleKey: TextKey, key: string, status: string | null): void {
    const style: Style = { bold: true, border: true, fill: SECTION_FILL, wrap: true };
    const row = this.push([textCell(this.words.text(titleKey), style), textCell(status ?? "", style)]);
    this.keys(row, key, null);
  }

  private subHeader(labelKey: TextKey, valueKey: TextKey): void {
    const style: Style = { bold: true, italic: true, border: true, wrap: true };
    this.push([textCell(this.words.text(labelKey), style), textCell(this.words.text(valueKey), style)]);
  }

  private field(label: string, path: string, kind: FieldKind, value: unknown): void {
    const row = this.push([labelCell(label), this.valueOf(path, kind, value)]);
    this.keys(row, path, null);
  }

  private valueOf(path: string, kind: FieldKind, value: unknown): SpecCell {
    switch (kind.type) {
      case "number":
      case "optionalNumber":
        return typeof value === "number" ? numberCell(value) : { ...numberCell(0), value: null };
      case "ratio":
        // 0.2 is shown as 20; rounding drops the float noise of 0.2 * 100.
        return typeof value === "number" ? numberCell(Math.round(value * 100 * 1e9) / 1e9) : valueCell(null);
      case "boolean":
        return valueCell(this.words.text(value === true ? "criteria.yes" : "criteria.no"));
      case "list":
        return valueCell(Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : "");
      case "choice":
        return valueCell(
          typeof value === "string" ? this.words.text(`criteria.choice.${path}.${value}`) : "",
        );
      case "text":
      case "optionalText":
      case "level":
        return valueCell(typeof value === "string" ? value : null);
    }
  }

  private keys(row: number, key: string, extra: string | null): void {
    this.rows[row][KEY_COL] = textCell(key);
    if (extra !== null) this.rows[row][EXTRA_COL] = textCell(extra);
  }

  private push(cells: (SpecCell | undefined)[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
}

function textCell(value: string, style: Style = {}): SpecCell {
  return { value, numberFormat: "@", ...style };
}

function labelCell(value: string, style: Style = {}): SpecCell {
  return textCell(value, { border: true, wrap: true, vertical: "top", ...style });
}

/** A value cell holding text (or nothing): "@" so that an edit such as "=…" or "01.234" stays text. */
function valueCell(value: string | null): SpecCell {
  return { value, numberFormat: "@", border: true, wrap: true, vertical: "top", horizontal: "left" };
}

function numberCell(value: number, style: Style = {}): SpecCell {
  return { value, numberFormat: "General", border: true, vertical: "top", horizontal: "left", ...style };
}

/** The value at a dotted path ("" is the object itself); undefined where the path does not exist. */
function getPath(object: unknown, path: string): unknown {
  if (path === "") return object;
  let current: unknown = object;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
