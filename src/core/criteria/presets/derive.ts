import type { Criteria, MeetingRubric, MeetingRules, RuleSource } from "../schema";
import { withSources } from "./sources";

export interface MeetingFramework {
  id: string;
  title: string;
  /** Appended to the base regulation, e.g. "Quy định 11 của Tỉnh ủy Yên Bái". */
  regulation: string;
  /** Lines naming the framework's sources, shown before the base preset's. */
  sources: string[];
  /** Replaces the base meeting rules; fields left out keep the base value. */
  meeting: Partial<MeetingRules>;
  attendance?: Partial<Criteria["attendance"]>;
  modelCell?: Criteria["modelCell"];
  /** The framework's sources; they replace the base's sources of the same rules. */
  ruleSources: RuleSource[];
}

/**
 * A provincial meeting framework on top of the current member rules: the member and collective
 * rules stay those of the base preset, the meeting part is replaced.
 */
export function withMeetingFramework(base: Criteria, framework: MeetingFramework): Criteria {
  return {
    ...base,
    id: framework.id,
    title: framework.title,
    regulation: `${base.regulation}; ${framework.regulation}`,
    sources: [...framework.sources, ...base.sources],
    meeting: { ...base.meeting, ...framework.meeting },
    attendance: { ...base.attendance, ...framework.attendance },
    modelCell: framework.modelCell === undefined ? base.modelCell : framework.modelCell,
    ruleSources: withSources(base.ruleSources, framework.ruleSources),
  };
}

/** A copy of a rubric whose groups get extra items; groups are matched by tag. */
export function withGroupItems(
  rubric: MeetingRubric,
  items: Record<string, MeetingRubric["groups"][number]["items"]>,
  changes: Pick<MeetingRubric, "id" | "title" | "source">,
): MeetingRubric {
  return {
    ...rubric,
    ...changes,
    verified: false,
    groups: rubric.groups.map((group) =>
      group.tag !== undefined && items[group.tag] ? { ...group, items: items[group.tag] } : group,
    ),
  };
}
