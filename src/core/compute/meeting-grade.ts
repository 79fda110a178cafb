import type { MeetingRules } from "../criteria/schema";
import { foldCompact } from "../text";

/** Grade names compare folded: "TỐT", "tot" and "Tốt" are the same grade. */
export function sameGrade(a: string, b: string): boolean {
  return foldCompact(a) === foldCompact(b);
}

/** The grade thresholds best first, whatever order the criteria list them in. */
function thresholdsBestFirst(rules: MeetingRules): MeetingRules["grades"] {
  return [...rules.grades].sort((a, b) => b.min - a.min);
}

/**
 * The grade a meeting's score earns. The first threshold the score reaches applies (a score under
 * every threshold gets the lowest grade). A grade condition ("Tốt needs full marks on attendance…",
 * Bình Thuận) applies only when `fullMarks` is given: it lists the rubric tags that got full marks.
 * Without it the conditions cannot be judged and are ignored.
 */
export function gradeForScore(score: number, rules: MeetingRules, fullMarks?: Set<string>): string {
  const thresholds = thresholdsBestFirst(rules);
  const reached = thresholds.find((t) => score >= t.min) ?? thresholds[thresholds.length - 1];
  let grade = reached.grade;
  if (!fullMarks) return grade;
  const visited = new Set<string>();
  // A condition's fallback grade may carry a condition of its own; follow the chain once per grade.
  while (!visited.has(foldCompact(grade))) {
    visited.add(foldCompact(grade));
    const current = grade;
    const unmet = rules.gradeConditions.find(
      (c) => sameGrade(c.grade, current) && !c.fullMarksOn.every((tag) => fullMarks.has(tag)),
    );
    if (!unmet) break;
    grade = unmet.otherwise;
  }
  return grade;
}

/** Position of a grade in the scale, 0 for the best; -1 when the criteria do not know it. */
export function gradeRank(grade: string, rules: MeetingRules): number {
  return thresholdsBestFirst(rules).findIndex((t) => sameGrade(t.grade, grade));
}

/** The grade names of the scale, best first. */
export function gradeNames(rules: MeetingRules): string[] {
  return thresholdsBestFirst(rules).map((t) => t.grade);
}

/** Keeps only the grade conditions whose tags can all be judged from what a sheet shows. */
export function rulesJudgeableWith(rules: MeetingRules, knownTags: ReadonlySet<string>): MeetingRules {
  return {
    ...rules,
    gradeConditions: rules.gradeConditions.filter((c) => c.fullMarksOn.every((tag) => knownTags.has(tag))),
  };
}

/**
 * The year grade from the grades of the regular meetings (counts by grade name), where the criteria
 * give a year rule. Phú Thọ: the top grade when every meeting is at least `allAtLeast` and at least
 * `minTopMeetings` reach the top grade; the next grade when every meeting is at least the grade below
 * `allAtLeast`. The same ladder continues one step at a time below that (an extension: the sources
 * stop at the second step). Null when there is no rule or no graded meeting.
 */
export function yearGradeFor(
  regularGrades: Readonly<Record<string, number>>,
  rules: MeetingRules,
): string | null {
  const rule = rules.yearRule;
  if (!rule) return null;
  const names = gradeNames(rules);
  let worst = -1;
  let top = 0;
  let graded = 0;
  for (const [grade, count] of Object.entries(regularGrades)) {
    if (count <= 0) continue;
    graded += count;
    const rank = gradeRank(grade, rules);
    worst = Math.max(worst, rank < 0 ? names.length - 1 : rank);
    if (sameGrade(grade, rule.topGrade)) top += count;
  }
  if (graded === 0) return null;
  const topRank = Math.max(0, gradeRank(rule.topGrade, rules));
  const floorRank = gradeRank(rule.allAtLeast, rules);
  if (floorRank < 0) return worst <= topRank && top >= rule.minTopMeetings ? rule.topGrade : null;
  if (worst <= floorRank && top >= rule.minTopMeetings) return rule.topGrade;
  for (let step = 1; topRank + step < names.length; step++) {
    if (worst <= floorRank + step) return names[topRank + step];
  }
  return names[names.length - 1];
}
