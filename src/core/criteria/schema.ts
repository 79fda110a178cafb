import { z } from "zod";
import { patternProblem } from "./safe-pattern";
import { LEVEL_KEYS } from "./levels";

const levelKey = z.enum(LEVEL_KEYS);
const percent = z.number().min(0).max(100);

/** Keywords are matched on folded text (no diacritics, lower case), see core/text. */
const keywords = z.array(z.string().min(1)).min(1);

export const capRuleSchema = z.object({
  /** Share of the denominator that the top level may not exceed (0.2 = 20%). */
  ratio: z.number().gt(0).max(1),
  /** HTTNV: members rated HTTNV (Hướng dẫn 21 as written); HTTNV_OR_BETTER; ASSESSED: all assessed. */
  denominator: z.enum(["HTTNV", "HTTNV_OR_BETTER", "ASSESSED"]),
  rounding: z.enum(["down", "nearest", "up"]),
  scope: z.enum(["grassroots-unit", "cell"]),
  source: z.string(),
  /** Quy định 366, Điều 11: the cap holds for collectives as well as members. */
  collectives: z.boolean().default(false),
  /**
   * Quy định 366, Điều 11: "theo đối tượng có vị trí, vai trò… tương đồng": the column that groups
   * members of similar position ("category": a "Đối tượng" column; "position": "Chức vụ"); the cap
   * is then judged per group as well as for the unit. "none": for the unit only.
   */
  groupBy: z.enum(["none", "category", "position"]).default("none"),
  /** The share allowed where the competent level decides so (Quy định 366: "không vượt quá 25%"). */
  exceptionPercent: z.number().gt(0).max(100).nullable().default(null),
  /** The competent level's decision allowing the exception; null: the exception is off. */
  exceptionDecision: z.string().min(1).nullable().default(null),
});

export const exclusionSchema = z.object({
  key: z.enum(["new-member", "new-unit", "exempted", "suspended", "other"]),
  label: z.string(),
  keywords,
});

export const memberCapsSchema = z.object({
  sickLeave: z.object({ minMonths: z.number().positive(), maxLevel: levelKey, keywords }).nullable(),
  discipline: z
    .object({
      level: levelKey,
      keywords,
      /** Faults the member found and remedied (Quy định 124): a warning, not an error. */
      remedyKeywords: z.array(z.string()),
      /** A violation of an earlier year disciplined this year (Quy định 366): left to the competent level. */
      earlierYearKeywords: z.array(z.string()).default([]),
    })
    .nullable(),
});

/** Member rules that apply where the list has the column they need. */
export const memberRulesSchema = z.object({
  /**
   * Quy định 366, Điều 11: HTXSNV needs every task done, at least this share beyond requirement and
   * 100% of the faults named at the last review remedied; null: not checked.
   */
  topLevelMinExceededPercent: percent.nullable(),
  /** Hướng dẫn 21 (and Nghị định 335/2025): the party level follows the civil-service rating. */
  civilService: z.boolean(),
  /** Quy định 213, Hướng dẫn 33: a member working elsewhere needs the residence cell's comment. */
  residenceComment: z.boolean(),
});

export const collectiveRuleSchema = z.object({
  /** A cell rated HTXSNV needs this share of members at HTNV or better… */
  topLevelMinShareAtLeastHTNV: percent,
  /** …and this share at HTTNV or better. */
  topLevelMinShareAtLeastHTTNV: percent,
  source: z.string(),
});

export const rubricItemSchema = z.object({
  title: z.string(),
  max: z.number().nonnegative(),
  /** A short tag so that grade conditions can name the item ("attendance", "duration", …). */
  tag: z.string().optional(),
});

export const rubricGroupSchema = z.object({
  code: z.string(),
  title: z.string(),
  max: z.number().nonnegative(),
  tag: z.string().optional(),
  items: z.array(rubricItemSchema),
});

export const meetingRubricSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  verified: z.boolean(),
  groups: z.array(rubricGroupSchema).min(1),
});

export const gradeThresholdSchema = z.object({ grade: z.string(), min: z.number() });

export const gradeConditionSchema = z.object({
  /** The grade that needs the condition, e.g. "Tốt". */
  grade: z.string(),
  /** Tags of rubric items or groups that must have full marks. */
  fullMarksOn: z.array(z.string()).min(1),
  /** The grade given when the score is reached but the condition is not. */
  otherwise: z.string(),
  source: z.string(),
});

export const meetingRulesSchema = z.object({
  rubric: meetingRubricSchema.nullable(),
  /** Ordered from the best grade down; the first whose `min` the score reaches applies. */
  grades: z.array(gradeThresholdSchema).min(1),
  gradeConditions: z.array(gradeConditionSchema),
  /** Year grade: e.g. Phú Thọ, "Tốt" when every regular meeting is "Khá" or better and ≥7 are "Tốt". */
  yearRule: z
    .object({
      topGrade: z.string(),
      minTopMeetings: z.number().int().nonnegative(),
      allAtLeast: z.string(),
      source: z.string(),
    })
    .nullable(),
  minDurationMinutes: z.number().int().positive().nullable(),
  /** Hướng dẫn 42: 120 minutes when the thematic and the regular meeting are held in one session. */
  combinedMinDurationMinutes: z.number().int().positive().nullable().default(null),
  /** Hướng dẫn 42: the committee may set another minimum for cells of at most `maxMembers` members. */
  smallCellMaxMembers: z.number().int().positive().nullable().default(null),
  smallCellMinDurationMinutes: z.number().int().positive().nullable().default(null),
  /** Hướng dẫn 42: documents posted in the Sổ tay đảng viên app this many days ahead. */
  documentsDaysAhead: z.number().int().nonnegative().nullable().default(null),
  /** "points": grades follow the score; "criteria": graded by criteria per grade (Trà Vinh), not by points. */
  gradedBy: z.enum(["points", "criteria"]).default("points"),
  source: z.string(),
});

export const attendanceRuleSchema = z.object({
  /** Whether excused absences leave the denominator (present ÷ (members − exempted [− excused])). */
  excusedLeaveDenominator: z.boolean(),
  /** The rate a meeting must reach, in percent. */
  minPercent: percent,
  /** true: the rate must be strictly above `minPercent` (Hướng dẫn 12: "trên 85%"). */
  strictlyAbove: z.boolean(),
  /** An unexcused absence makes the meeting fall short. */
  noUnexcusedAbsence: z.boolean(),
  /** Hướng dẫn 12: nobody "vắng mặt có lý do quá 03 lần liên tiếp trong năm"; null: not checked. */
  maxExcusedStreak: z.number().int().positive().nullable().default(null),
  source: z.string(),
});

export const cadenceRuleSchema = z.object({
  regularPerYear: z.number().int().nonnegative(),
  thematicPerQuarter: z.number().int().nonnegative(),
  /** Day of the month fixed for the regular meeting, where the committee fixes one. */
  fixedDay: z.number().int().min(1).max(31).nullable(),
  source: z.string(),
});

export const scoreBandsSchema = z.object({
  scale: z.number().positive(),
  HTXSNV: z.number(),
  HTTNV: z.number(),
  HTNV: z.number(),
  verified: z.boolean(),
  source: z.string(),
});

export const modelCellSchema = z.object({
  attendancePercent: percent,
  minMeetingScore: z.number(),
  membersAtLeastHTTNVPercent: percent,
  cellLevel: levelKey,
  source: z.string(),
});

/** Where one rule of a set comes from, so that a user can read it for themselves. */
export const ruleSourceSchema = z.object({
  /** The rule, one of RULE_IDS (rule-ids.ts). */
  rule: z.string().min(1),
  /** The document: "Quy định 366-QĐ/TW (30/8/2025)". */
  document: z.string().min(1),
  /** Article or item: "Điều 11", "mục 7.5". */
  article: z.string(),
  /** Where it can be read: a site, a gazette, a page. */
  where: z.string(),
  /** false: read second-hand or not at all; the rule's issues are then at most warnings. */
  verified: z.boolean(),
  /** What the text says, briefly, or why the rule is a setting. */
  note: z.string(),
});

export const criteriaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: chữ thường, số và dấu gạch ngang"),
  title: z.string().min(1),
  /** The regulations this set follows, e.g. "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW". */
  regulation: z.string().min(1),
  /** First year whose ratings these rules govern. */
  year: z.number().int().min(2000).max(2100),
  sources: z.array(z.string()).min(1),
  /** Accepted spellings of each level (matched after folding). */
  levels: z.object({ HTXSNV: keywords, HTTNV: keywords, HTNV: keywords, KHTNV: keywords }),
  notClassified: keywords,
  scoreBands: scoreBandsSchema.nullable(),
  cap: capRuleSchema.nullable(),
  exclusions: z.array(exclusionSchema),
  memberCaps: memberCapsSchema,
  memberRules: memberRulesSchema.default({
    topLevelMinExceededPercent: null,
    civilService: false,
    residenceComment: false,
  }),
  collective: collectiveRuleSchema.nullable(),
  meeting: meetingRulesSchema,
  attendance: attendanceRuleSchema,
  cadence: cadenceRuleSchema,
  /** Regular expression (source text) for the party card number. */
  cardNumberPattern: z
    .string()
    .nullable()
    .superRefine((source, ctx) => {
      const problem = source === null ? null : patternProblem(source);
      // The message is the problem's code: front ends word it (criteria.pattern.*).
      if (problem) ctx.addIssue({ code: "custom", message: `unsafe-pattern:${problem}` });
    }),
  percentDecimals: z.number().int().min(0).max(3),
  modelCell: modelCellSchema.nullable(),
  /** The source of each rule of the set. */
  ruleSources: z.array(ruleSourceSchema).default([]),
});

export type Criteria = z.infer<typeof criteriaSchema>;
export type CapRule = z.infer<typeof capRuleSchema>;
export type MeetingRubric = z.infer<typeof meetingRubricSchema>;
export type MeetingRules = z.infer<typeof meetingRulesSchema>;
export type RuleSource = z.infer<typeof ruleSourceSchema>;
export type AttendanceRule = z.infer<typeof attendanceRuleSchema>;
