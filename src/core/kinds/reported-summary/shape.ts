import type { KindShape } from "../shape";

export const reportedSummaryShape: KindShape = {
  kind: "reported-summary",
  signature: { required: ["levelCount:HTXSNV"], anyOf: [["content"], ["total"], ["assessed"]] },
  keyFields: ["content", "total", "assessed"],
  requiredColumns: [],
};
