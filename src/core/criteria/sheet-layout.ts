import type { Grid } from "../grid/types";

/**
 * The layout of the "Tiêu chí" sheet, shared by the writer and the reader so that they cannot drift:
 * which fields appear, in what order, and how each value is shown. A hidden key column names the field
 * of each row; the reader follows the keys, not the row positions, so rows can be moved or added.
 */

export const CRITERIA_MARKER_PREFIX = "chibo-criteria:";
export const CRITERIA_FORMAT_VERSION = 1;

/** True for a sheet that carries chibo's criteria marker in its first row: the one test for "the criteria sheet". */
export function isCriteriaSheet(grid: Grid): boolean {
  return (grid.rows[0] ?? []).some((v) => typeof v === "string" && v.startsWith(CRITERIA_MARKER_PREFIX));
}

/** 0-based columns: the printed label and value, then the hidden key (marker in row 1) and extra. */
export const LABEL_COL = 0;
export const VALUE_COL = 1;
export const KEY_COL = 2;
export const EXTRA_COL = 3;

/** How a value is shown in its cell and read back. */
export type FieldKind =
  | { type: "text" }
  | { type: "optionalText" }
  | { type: "number" }
  | { type: "optionalNumber" }
  /** A share of 1 shown in percent (0.2 is shown as 20). */
  | { type: "ratio" }
  | { type: "boolean" }
  /** A list of texts in one cell, separated by ";". */
  | { type: "list" }
  | { type: "level" }
  | { type: "choice"; values: readonly string[] };

export interface ScalarField {
  /** Dotted path in the criteria object; also the label's text key "criteria.field.<path>". */
  path: string;
  kind: FieldKind;
}

export interface FieldSection {
  /** The object path of the section, "" for top-level fields; the title key is "criteria.section.<id>". */
  id: string;
  /** A nullable object: its header row says whether it applies. */
  nullable: boolean;
  fields: ScalarField[];
}

const text = { type: "text" } as const;
const optionalText = { type: "optionalText" } as const;
const number = { type: "number" } as const;
const optionalNumber = { type: "optionalNumber" } as const;
const boolean = { type: "boolean" } as const;
const list = { type: "list" } as const;
const level = { type: "level" } as const;

export const CAP_DENOMINATORS = ["HTTNV", "HTTNV_OR_BETTER", "ASSESSED"] as const;
export const CAP_ROUNDINGS = ["down", "nearest", "up"] as const;
export const CAP_SCOPES = ["grassroots-unit", "cell"] as const;
export const CAP_GROUPINGS = ["none", "category", "position"] as const;
export const MEETING_GRADED_BY = ["points", "criteria"] as const;

function fields(prefix: string, entries: [string, FieldKind][]): ScalarField[] {
  return entries.map(([name, kind]) => ({ path: prefix ? `${prefix}.${name}` : name, kind }));
}

export const GENERAL_SECTION: FieldSection = {
  id: "general",
  nullable: false,
  fields: fields("", [
    ["id", text],
    ["regulation", text],
    ["year", number],
    ["percentDecimals", number],
    ["cardNumberPattern", optionalText],
  ]),
};

export const LEVELS_SECTION: FieldSection = {
  id: "levels",
  nullable: false,
  fields: [
    ...fields("levels", [
      ["HTXSNV", list],
      ["HTTNV", list],
      ["HTNV", list],
      ["KHTNV", list],
    ]),
    { path: "notClassified", kind: list },
  ],
};

export const SCORE_BANDS_SECTION: FieldSection = {
  id: "scoreBands",
  nullable: true,
  fields: fields("scoreBands", [
    ["scale", number],
    ["HTXSNV", number],
    ["HTTNV", number],
    ["HTNV", number],
    ["verified", boolean],
    ["source", text],
  ]),
};

export const CAP_SECTION: FieldSection = {
  id: "cap",
  nullable: true,
  fields: fields("cap", [
    ["ratio", { type: "ratio" }],
    ["denominator", { type: "choice", values: CAP_DENOMINATORS }],
    ["rounding", { type: "choice", values: CAP_ROUNDINGS }],
    ["scope", { type: "choice", values: CAP_SCOPES }],
    ["source", text],
    ["collectives", boolean],
    ["groupBy", { type: "choice", values: CAP_GROUPINGS }],
    ["exceptionPercent", optionalNumber],
    ["exceptionDecision", optionalText],
  ]),
};

export const SICK_LEAVE_SECTION: FieldSection = {
  id: "memberCaps.sickLeave",
  nullable: true,
  fields: fields("memberCaps.sickLeave", [
    ["minMonths", number],
    ["maxLevel", level],
    ["keywords", list],
  ]),
};

export const DISCIPLINE_SECTION: FieldSection = {
  id: "memberCaps.discipline",
  nullable: true,
  fields: fields("memberCaps.discipline", [
    ["level", level],
    ["keywords", list],
    ["remedyKeywords", list],
    ["earlierYearKeywords", list],
  ]),
};

export const MEMBER_RULES_SECTION: FieldSection = {
  id: "memberRules",
  nullable: false,
  fields: fields("memberRules", [
    ["topLevelMinExceededPercent", optionalNumber],
    ["civilService", boolean],
    ["residenceComment", boolean],
  ]),
};

export const COLLECTIVE_SECTION: FieldSection = {
  id: "collective",
  nullable: true,
  fields: fields("collective", [
    ["topLevelMinShareAtLeastHTNV", number],
    ["topLevelMinShareAtLeastHTTNV", number],
    ["source", text],
  ]),
};

export const ATTENDANCE_SECTION: FieldSection = {
  id: "attendance",
  nullable: false,
  fields: fields("attendance", [
    ["minPercent", number],
    ["strictlyAbove", boolean],
    ["noUnexcusedAbsence", boolean],
    ["excusedLeaveDenominator", boolean],
    ["maxExcusedStreak", optionalNumber],
    ["source", text],
  ]),
};

export const CADENCE_SECTION: FieldSection = {
  id: "cadence",
  nullable: false,
  fields: fields("cadence", [
    ["regularPerYear", number],
    ["thematicPerQuarter", number],
    ["fixedDay", optionalNumber],
    ["source", text],
  ]),
};

export const MEETING_SECTION: FieldSection = {
  id: "meeting",
  nullable: false,
  fields: fields("meeting", [
    ["minDurationMinutes", optionalNumber],
    ["combinedMinDurationMinutes", optionalNumber],
    ["smallCellMaxMembers", optionalNumber],
    ["smallCellMinDurationMinutes", optionalNumber],
    ["documentsDaysAhead", optionalNumber],
    ["gradedBy", { type: "choice", values: MEETING_GRADED_BY }],
    ["source", text],
  ]),
};

/** Fields of one grade condition; their rows are keyed "meeting.gradeConditions.<n>.<name>". */
export const GRADE_CONDITION_FIELDS: ScalarField[] = fields("", [
  ["grade", text],
  ["fullMarksOn", list],
  ["otherwise", text],
  ["source", text],
]);

export const YEAR_RULE_SECTION: FieldSection = {
  id: "meeting.yearRule",
  nullable: true,
  fields: fields("meeting.yearRule", [
    ["topGrade", text],
    ["minTopMeetings", number],
    ["allAtLeast", text],
    ["source", text],
  ]),
};

export const RUBRIC_SECTION: FieldSection = {
  id: "meeting.rubric",
  nullable: true,
  fields: fields("meeting.rubric", [
    ["id", text],
    ["title", text],
    ["verified", boolean],
    ["source", text],
  ]),
};

export const MODEL_CELL_SECTION: FieldSection = {
  id: "modelCell",
  nullable: true,
  fields: fields("modelCell", [
    ["attendancePercent", number],
    ["minMeetingScore", number],
    ["membersAtLeastHTTNVPercent", number],
    ["cellLevel", level],
    ["source", text],
  ]),
};

/** Keys of rows that are not a single field. */
export const KEYS = {
  title: "title",
  source: "sources[]",
  exclusion: "exclusions[]",
  grade: "meeting.grades[]",
  rubricGroup: "meeting.rubric.groups[]",
  rubricItem: "meeting.rubric.items[]",
  gradeConditionsSection: "section:meeting.gradeConditions",
  ruleSourcesSection: "section:ruleSources",
  /** The first row of one rule's source: the rule's name, the document; the rule id in the extra column. */
  ruleSource: "ruleSources[]",
  sectionPrefix: "section:",
} as const;

/** The other rows of a rule's source, each keyed "ruleSources.<field>", after its first row. */
export const RULE_SOURCE_FIELDS: ScalarField[] = fields("", [
  ["article", text],
  ["where", text],
  ["verified", boolean],
  ["note", text],
]);
export const RULE_SOURCE_KEY = /^ruleSources\.(\w+)$/;

export const GRADE_CONDITION_KEY = /^meeting\.gradeConditions\.(\d+)\.(\w+)$/;

/** Every section made of single fields, for the reader's key lookup. */
export const FIELD_SECTIONS: FieldSection[] = [
  GENERAL_SECTION,
  LEVELS_SECTION,
  SCORE_BANDS_SECTION,
  CAP_SECTION,
  SICK_LEAVE_SECTION,
  DISCIPLINE_SECTION,
  MEMBER_RULES_SECTION,
  COLLECTIVE_SECTION,
  ATTENDANCE_SECTION,
  CADENCE_SECTION,
  MEETING_SECTION,
  YEAR_RULE_SECTION,
  RUBRIC_SECTION,
  MODEL_CELL_SECTION,
];

/** Separator of list values in one cell. */
export const LIST_SEPARATOR = "; ";

/** Group rows read "I. Công tác chuẩn bị": a code without spaces or dots, a dot, the title. */
export const GROUP_LABEL = /^([^\s.]{1,10})\.\s+([\s\S]+)$/;
/** Item rows read "    1. Chi ủy họp chuẩn bị nội dung": the number is only for the reader's eye. */
export const ITEM_LABEL = /^\d{1,3}[.)]\s+([\s\S]+)$/;
export const ITEM_INDENT = "    ";
