import type { KindShape } from "../shape";

export const collectivesShape: KindShape = {
  kind: "collectives",
  signature: { required: ["unitName"], anyOf: [["level"], ["levelMark:HTXSNV", "levelMark:HTTNV"]] },
  keyFields: ["unitName"],
  requiredColumns: [],
};
