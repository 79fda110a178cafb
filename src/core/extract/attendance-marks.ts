import { foldText } from "../text";

/** What a register's cell says about one member at one meeting. */
export type AttendanceMark =
  | "present"
  | "excused"
  | "unexcused"
  /** Exempt from party work and meetings: out of the denominator (Hướng dẫn 12). */
  | "exempt"
  /** Armed forces on special duty: out of the denominator (Hướng dẫn 12). */
  | "on-duty"
  | "blank"
  | "unknown";

const MARKS: readonly [AttendanceMark, RegExp][] = [
  ["present", /^(x|v|c|\+|1|co|co mat|cm|du|tham du|✓|✔|×)$/],
  ["excused", /^(p|cp|vp|v\/p|vcp|vcld|co phep|phep|vang co phep|vang co ly do|vang \(co ly do\)|ly do)$/],
  [
    "unexcused",
    /^(k|kp|vk|vkp|vkld|0|khong phep|vang khong phep|vang khong ly do|vang \(khong ly do\)|vang)$/,
  ],
  ["exempt", /^(m|msh|mien|mien sh|mien sinh hoat|duoc mien)$/],
  [
    "on-duty",
    /^(nv|nvdb|llvt|nhiem vu|lam nhiem vu|nhiem vu dac biet|cong tac dac biet|luc luong vu trang)$/,
  ],
];

/** Reads a mark: x / P / K / M and the words people write instead ("có mặt", "vắng có lý do", "miễn"). */
export function readAttendanceMark(text: string): AttendanceMark {
  const folded = foldText(text).replace(/\s+/g, " ").replace(/\.$/, "").trim();
  if (!folded) return "blank";
  for (const [mark, pattern] of MARKS) if (pattern.test(folded)) return mark;
  return "unknown";
}
