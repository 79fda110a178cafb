import type { Severity } from "../issues/codes";
import type { Criteria, RuleSource } from "./schema";

/**
 * The rules a criteria set can hold, each named once so that its source can be given (the
 * "Tiêu chí" sheet, `chibo presets --explain`, the task pane) and its severity tied to whether the
 * source could be verified. Names are English; their words live at the edge (text key "rule.<id>").
 */
export const RULE_IDS = [
  "levels",
  "scoreBands",
  "topLevelConditions",
  "cap",
  "capCollectives",
  "capGroups",
  "capException",
  "exclusions",
  "sickLeave",
  "discipline",
  "civilService",
  "collective",
  "residenceComment",
  "meetingDuration",
  "meetingCombinedDuration",
  "meetingSmallCell",
  "meetingDocuments",
  "meetingGrades",
  "meetingRubric",
  "meetingYearRule",
  "attendance",
  "absenceStreak",
  "cadence",
  "cardNumber",
  "modelCell",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Whether a rule is part of the set (its setting is on). */
const IN_FORCE: Record<RuleId, (c: Criteria) => boolean> = {
  levels: () => true,
  scoreBands: (c) => c.scoreBands !== null,
  topLevelConditions: (c) => c.memberRules.topLevelMinExceededPercent !== null,
  cap: (c) => c.cap !== null,
  capCollectives: (c) => c.cap?.collectives === true,
  capGroups: (c) => c.cap !== null && c.cap.groupBy !== "none",
  capException: (c) => c.cap?.exceptionPercent != null,
  exclusions: (c) => c.exclusions.length > 0,
  sickLeave: (c) => c.memberCaps.sickLeave !== null,
  discipline: (c) => c.memberCaps.discipline !== null,
  civilService: (c) => c.memberRules.civilService,
  collective: (c) => c.collective !== null,
  residenceComment: (c) => c.memberRules.residenceComment,
  meetingDuration: (c) => c.meeting.minDurationMinutes !== null,
  meetingCombinedDuration: (c) => c.meeting.combinedMinDurationMinutes !== null,
  meetingSmallCell: (c) => c.meeting.smallCellMaxMembers !== null,
  meetingDocuments: (c) => c.meeting.documentsDaysAhead !== null,
  meetingGrades: (c) => c.meeting.grades.length > 0,
  meetingRubric: (c) => c.meeting.rubric !== null,
  meetingYearRule: (c) => c.meeting.yearRule !== null,
  attendance: () => true,
  absenceStreak: (c) => c.attendance.maxExcusedStreak !== null,
  cadence: () => true,
  cardNumber: (c) => c.cardNumberPattern !== null,
  modelCell: (c) => c.modelCell !== null,
};

/** The rules of a set that are in force, in the order they are explained. */
export function rulesInForce(criteria: Criteria): RuleId[] {
  return RULE_IDS.filter((id) => IN_FORCE[id](criteria));
}

export function ruleSourcesOf(criteria: Criteria, rule: RuleId): RuleSource[] {
  return criteria.ruleSources.filter((source) => source.rule === rule);
}

/**
 * A rule is verified when one of its sources was: a rule read in one text and extended by a
 * setting from another (the exclusions) keeps its verified core.
 */
export function ruleVerified(criteria: Criteria, rule: RuleId): boolean {
  return ruleSourcesOf(criteria, rule).some((source) => source.verified);
}

/**
 * The severity a rule's issue gets: an unverified rule is at most a warning. A set that names no
 * sources at all (a criteria file made before sources existed) keeps the catalog's severities.
 */
export function ruleSeverity(criteria: Criteria, rule: RuleId, severity: Severity): Severity {
  if (criteria.ruleSources.length === 0) return severity;
  return severity === "error" && !ruleVerified(criteria, rule) ? "warning" : severity;
}
