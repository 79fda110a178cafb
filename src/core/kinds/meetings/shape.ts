import type { KindShape } from "../shape";

export const meetingsShape: KindShape = {
  kind: "meetings",
  signature: { required: ["present"], anyOf: [["month"], ["date"]] },
  keyFields: ["present", "month", "date"],
  requiredColumns: ["members"],
};
