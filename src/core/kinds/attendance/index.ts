import { crossCheckAttendance, EMITS as CROSS_CHECK } from "../../checks/attendance-cross-check";
import { checkAttendanceRegister, EMITS as REGISTER_CHECKS } from "../../checks/attendance-register";
import type { SheetKindDef } from "../kind";
import { attendanceShape } from "./shape";

/**
 * The attendance register (sổ theo dõi đảng viên dự sinh hoạt): each meeting's attendance, unexcused
 * absences and excused absences in a row, and each month against the meetings log where there is
 * exactly one log to compare with.
 */
export const attendanceKind: SheetKindDef = {
  kind: "attendance",
  shape: attendanceShape,
  emits: [...REGISTER_CHECKS, ...CROSS_CHECK],
  finish({ criteria, sink }, tables) {
    const logs = tables.filter((t) => t.info.kind === "meetings");
    for (const table of tables) {
      if (table.info.kind !== "attendance") continue;
      const meetings = checkAttendanceRegister(table, criteria, sink);
      if (logs.length === 1) crossCheckAttendance(table, meetings, logs[0], sink);
    }
  },
};
