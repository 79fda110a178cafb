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
    })
    .nullable(),
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
});

export type Criteria = z.infer<typeof criteriaSchema>;
export type CapRule = z.infer<typeof capRuleSchema>;
export type MeetingRubric = z.infer<typeof meetingRubricSchema>;
export type MeetingRules = z.infer<typeof meetingRulesSchema>;
export type AttendanceRule = z.infer<typeof attendanceRuleSchema>;
