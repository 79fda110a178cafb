import type { KindShape } from "../shape";

export const membersShape: KindShape = {
  kind: "members",
  signature: {
    required: ["name"],
    anyOf: [["level"], ["levelMark:HTXSNV", "levelMark:HTTNV"], ["selfLevel"], ["proposedLevel"]],
  },
  keyFields: ["name"],
  requiredColumns: [],
};
