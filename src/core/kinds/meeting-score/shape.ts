import type { KindShape } from "../shape";

export const meetingScoreShape: KindShape = {
  kind: "meeting-score",
  signature: { required: ["criterion", "maxScore"], anyOf: [["selfScore"], ["upperScore"]] },
  keyFields: ["criterion", "maxScore"],
  requiredColumns: [],
};
