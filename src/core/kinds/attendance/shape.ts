import type { KindShape } from "../shape";

/** Members down, meetings across: a name column and three meeting columns at least (recognize/attendance-columns.ts). */
export const attendanceShape: KindShape = {
  kind: "attendance",
  signature: { required: ["name", "attendance:1", "attendance:2", "attendance:3"], anyOf: [[]] },
  keyFields: ["name"],
  requiredColumns: [],
};
