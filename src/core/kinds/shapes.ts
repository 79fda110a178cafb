import { collectivesShape } from "./collectives/shape";
import { meetingScoreShape } from "./meeting-score/shape";
import { meetingsShape } from "./meetings/shape";
import { membersShape } from "./members/shape";
import { reportedSummaryShape } from "./reported-summary/shape";
import type { KindShape } from "./shape";

/**
 * The kinds recognition can choose from a header, in order of preference on a tie. The criteria
 * sheet and chibo's own summaries are known by their marker instead (see recognize/table.ts).
 */
export const KIND_SHAPES: readonly KindShape[] = [
  membersShape,
  collectivesShape,
  meetingsShape,
  meetingScoreShape,
  reportedSummaryShape,
];

export function shapeOf(kind: string): KindShape | undefined {
  return KIND_SHAPES.find((shape) => shape.kind === kind);
}
