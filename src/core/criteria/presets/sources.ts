import type { RuleId } from "../rule-ids";
import type { RuleSource } from "../schema";

/**
 * The documents the presets cite, and where a user can read them. "Verified" means the wording was
 * read (in full or quoted verbatim); a rule taken from a transcription or carried over from an older
 * text without checking is unverified, and its issues are then at most warnings.
 */
export const DOC = {
  QD366: "Quy định 366-QĐ/TW (30/8/2025)",
  HD43: "Hướng dẫn 43-HD/BTCTW (31/10/2025)",
  HD42: "Hướng dẫn 42-HD/BTCTW (28/10/2025)",
  CT50: "Chỉ thị 50-CT/TW (23/7/2025)",
  QD132: "Quy định 132-QĐ/TW (2018)",
  HD21: "Hướng dẫn 21-HD/BTCTW (18/10/2019)",
  QD124: "Quy định 124-QĐ/TW (04/10/2023)",
  HD25: "Hướng dẫn 25-HD/BTCTW (2023)",
  HD12_2018: "Hướng dẫn 12-HD/BTCTW (06/7/2018)",
  HD12_2022: "Hướng dẫn 12-HD/BTCTW (2022)",
  ND335: "Nghị định 335/2025/NĐ-CP",
  QD213: "Quy định 213-QĐ/TW (2020)",
  HD33: "Hướng dẫn 33-HD/BTCTW (30/10/2020)",
  DIEU_LE: "Điều lệ Đảng",
  AN_PHU: "Kế hoạch 08-KH/ĐU (19/9/2025) của Đảng ủy phường An Phú",
} as const;

/** Where the national texts can be read: the party's document archive; the 2025 texts as quoted verbatim. */
export const WHERE = {
  archive: "tulieuvankien.dangcongsan.vn (văn bản gốc)",
  quoted2025:
    "thuvienphapluat.vn: bài hỏi đáp trích nguyên văn (Điều 5, Điều 11 QĐ 366; mục 3, 7.5–7.7 HD 43)",
  quotedMeetings: "thuvienphapluat.vn và báo Đảng: bài trích nguyên văn Chỉ thị 50 và Hướng dẫn 42",
  notFound: "chưa tìm được bản đọc được",
  unit: "văn bản của cấp ủy ban hành (xin tại cấp ủy)",
} as const;

export function source(
  rule: RuleId,
  document: string,
  article: string,
  where: string,
  verified: boolean,
  note: string,
): RuleSource {
  return { rule, document, article, where, verified, note };
}

/**
 * Replaces the sources of the rules that `replacing` names, keeping the others: a provincial
 * framework gives its own sources for the meeting rules and keeps the national ones for members.
 */
export function withSources(base: readonly RuleSource[], replacing: readonly RuleSource[]): RuleSource[] {
  const replaced = new Set(replacing.map((s) => s.rule));
  return [...base.filter((s) => !replaced.has(s.rule)), ...replacing];
}
