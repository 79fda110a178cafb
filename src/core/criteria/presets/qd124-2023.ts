import type { Criteria } from "../schema";
import { hd21Preset, MEETING_AND_CARD_SOURCES_2018 } from "./hd21-2019";
import { DOC, source, WHERE, withSources } from "./sources";

const QD124 = "Quy định 124-QĐ/TW (04/10/2023)";
const HD25 = "Hướng dẫn 25-HD/BTCTW (2023)";

/**
 * Member rating 2023–2024: the rules of Hướng dẫn 21 carried over, plus the exception of Quy định 124
 * for a fault the member found and remedied (a warning, not an error).
 */
export const qd124Preset: Criteria = withQd124Changes(hd21Preset);

function withQd124Changes(base: Criteria): Criteria {
  const discipline = base.memberCaps.discipline;
  return {
    ...base,
    id: "qd124-2023",
    title: "Đánh giá, xếp loại theo Quy định 124-QĐ/TW và Hướng dẫn 25-HD/BTCTW",
    regulation: "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW; Hướng dẫn 12-HD/BTCTW",
    year: 2023,
    sources: [
      `${QD124}: kiểm điểm, đánh giá, xếp loại chất lượng hằng năm`,
      HD25,
      `${QD124}: đảng viên bị kỷ luật trong năm xếp Không hoàn thành nhiệm vụ, trừ khuyết điểm tự phát hiện và chủ động khắc phục`,
      `${QD124}: tập thể có lãnh đạo bị kỷ luật, hoặc trên 20% tổ chức trực thuộc bị kỷ luật, xếp Không hoàn thành nhiệm vụ (chưa kiểm tra tự động)`,
      "Hướng dẫn 21-HD/BTCTW (18/10/2019): tỷ lệ 20% Hoàn thành xuất sắc nhiệm vụ, các trường hợp không xếp loại, áp dụng tiếp (chưa kiểm chứng với Hướng dẫn 25)",
      ...MEETING_AND_CARD_SOURCES_2018,
    ],
    memberCaps: {
      ...base.memberCaps,
      discipline: discipline && {
        ...discipline,
        remedyKeywords: ["tự phát hiện", "khắc phục", "tự giác khắc phục"],
      },
    },
    ruleSources: withSources(
      // Quy định 124 and Hướng dẫn 25 could not be read: the rules of Hướng dẫn 21 carried over are unverified.
      base.ruleSources.map((s) => ({
        ...s,
        verified: false,
        note: `${s.note} (áp dụng tiếp cho 2023–2024; ${QD124} và ${HD25} chưa đọc được)`,
      })),
      [
        source(
          "discipline",
          DOC.QD124,
          "",
          WHERE.notFound,
          false,
          "Bị kỷ luật trong năm: Không hoàn thành nhiệm vụ, trừ khuyết điểm tự phát hiện và chủ động khắc phục (đọc qua bài viết, chưa kiểm chứng)",
        ),
      ],
    ),
  };
}
