import { headerWords, matchField } from "../../../src/core/recognize/match";
import { foldText } from "../../../src/core/text";

function fieldOf(header: string, kind: Parameters<typeof matchField>[1] = null) {
  return matchField(headerWords(foldText(header)), kind)?.field ?? null;
}

describe("headerWords", () => {
  it("turns punctuation into single spaces", () => {
    expect(headerWords(foldText("Chi ủy, Bí thư chi bộ chấm"))).toBe("chi uy bi thu chi bo cham");
    expect(headerWords(foldText("  Số TT.  "))).toBe("so tt");
  });

  it("keeps the percent sign, which tells a percent column", () => {
    expect(headerWords(foldText("Tỷ lệ (%)"))).toBe("ty le %");
  });
});

describe("matchField", () => {
  it("maps headers by exact words and by phrases inside longer headers", () => {
    expect(fieldOf("STT")).toBe("index");
    expect(fieldOf("Họ và tên")).toBe("name");
    expect(fieldOf("Họ và tên đảng viên", "members")).toBe("name");
    expect(fieldOf("SỐ THẺ ĐẢNG VIÊN")).toBe("cardNumber");
    expect(fieldOf("Ghi chú")).toBe("notes");
  });

  it("scores an exact header above a phrase found inside a header", () => {
    const exact = matchField("ghi chu", null);
    const inside = matchField("ghi chu khac", null);
    expect(exact?.field).toBe("notes");
    expect(inside?.field).toBe("notes");
    expect(exact?.score ?? 0).toBeGreaterThan(inside?.score ?? 0);
  });

  it("lets the longer phrase win: “Tự xếp loại” is the self-rating, not the decision", () => {
    expect(fieldOf("Đảng viên tự xếp loại", "members")).toBe("selfLevel");
    expect(fieldOf("Cấp ủy xếp loại", "members")).toBe("level");
  });

  it("maps a field only within the kinds it belongs to", () => {
    expect(fieldOf("Họ và tên", "meetings")).toBeNull();
    expect(fieldOf("Số đảng viên dự", "members")).toBeNull();
    expect(fieldOf("Số đảng viên dự", "meetings")).toBe("present");
  });

  it("needs exact-only words to be the whole header", () => {
    expect(fieldOf("TT")).toBe("index");
    expect(fieldOf("TT khác")).toBeNull();
  });

  it("maps nothing for empty or unrelated headers", () => {
    expect(matchField("", null)).toBeNull();
    expect(fieldOf("Quê quán")).toBeNull();
  });

  describe("headers one letter off", () => {
    it("maps a header one letter off a known one, with the lowest score", () => {
      // "Ghi chó", "Chức vô": stray codes of a legacy font, as in the TCVN3 sample.
      const notes = matchField(headerWords(foldText("Ghi chó")), "members");
      expect(notes).toEqual({ field: "notes", score: 1 });
      expect(fieldOf("Chức vô", "members")).toBe("position");
      expect(fieldOf("Sè thẻ đảng", "members")).toBe("cardNumber");
    });

    it("does not map a header two letters off", () => {
      expect(fieldOf("Ghi chóó", "members")).toBeNull();
      expect(fieldOf("Chức vôô", "members")).toBeNull();
    });

    it("does not map short headers that are one letter off", () => {
      // "so tx" is one letter from "so tt" but too short to guess.
      expect(fieldOf("Số TX")).toBeNull();
      expect(fieldOf("Ghi")).toBeNull();
    });

    it("keeps to the kind's fields", () => {
      expect(fieldOf("Ghi chó", "members")).toBe("notes");
      expect(fieldOf("Chức vô", "meetings")).toBeNull();
    });
  });
});
