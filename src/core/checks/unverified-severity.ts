import { ruleSeverity, type RuleId } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import type { IssueCode } from "../issues/codes";
import type { Issue } from "../issues/issue";

/** The codes whose severity this pass may lower (it emits nothing new). */
export const EMITS: readonly IssueCode[] = [
  "excluded-member-classified",
  "discipline-level",
  "sick-leave-level",
  "collective-level-conflict",
  "invalid-card-number",
  "attendance-low",
  "meeting-count",
  "absence-streak",
  "residence-comment-missing",
  "civil-service-level",
  "top-level-condition",
  "cap-exceeded",
];

/** The rule behind each code that applies one rule of the criteria set. */
const RULE_OF_CODE: Partial<Record<IssueCode, RuleId>> = {
  "excluded-member-classified": "exclusions",
  "discipline-level": "discipline",
  "sick-leave-level": "sickLeave",
  "collective-level-conflict": "collective",
  "invalid-card-number": "cardNumber",
  "attendance-low": "attendance",
  "meeting-count": "cadence",
  "absence-streak": "absenceStreak",
  "residence-comment-missing": "residenceComment",
  "civil-service-level": "civilService",
  "top-level-condition": "topLevelConditions",
};

function ruleOf(issue: Issue): RuleId | undefined {
  if (issue.code === "cap-exceeded") {
    const variant = String(issue.params.variant ?? "");
    return variant.startsWith("collectives")
      ? "capCollectives"
      : variant.startsWith("group")
        ? "capGroups"
        : "cap";
  }
  return RULE_OF_CODE[issue.code];
}

/**
 * A rule whose source could not be verified never gives an error (issue 9): its errors become
 * warnings. Applied once to every issue of an analysis, so no check can forget it.
 */
export function capUnverifiedSeverity(issues: readonly Issue[], criteria: Criteria): Issue[] {
  return issues.map((issue) => {
    const rule = ruleOf(issue);
    if (!rule || issue.severity !== "error") return issue;
    const severity = ruleSeverity(criteria, rule, issue.severity);
    return severity === issue.severity ? issue : { ...issue, severity };
  });
}
