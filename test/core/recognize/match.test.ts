import { headerWords, matchField, withinOneEdit } from "../../../src/core/recognize/match";
import { FIELD_SYNONYMS } from "../../../src/core/recognize/synonyms";
import { editDistance, foldText } from "../../../src/core/text";
import type { SheetKind } from "../../../src/core/types";

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

/**
 * The former matcher, which tried every synonym on every header (the full edit-distance table for
 * the typo case): the indexed one must give the same answer, field and score, on every header.
 */
const prepared = FIELD_SYNONYMS.map((s) => ({
  field: s.field,
  kinds: s.kinds,
  phrases: s.phrases.map(headerWords),
  exact: (s.exact ?? []).map(headerWords),
}));

function referenceMatch(words: string, kind: SheetKind | null): { field: string; score: number } | null {
  if (!words) return null;
  let best: { field: string; score: number } | null = null;
  const padded = ` ${words} `;
  for (const synonyms of prepared) {
    if (kind && !synonyms.kinds.includes(kind)) continue;
    let score = 0;
    for (const exact of synonyms.exact) if (words === exact) score = Math.max(score, 100 + exact.length);
    for (const phrase of synonyms.phrases) {
      if (words === phrase) score = Math.max(score, 100 + phrase.length);
      else if (padded.includes(` ${phrase} `)) score = Math.max(score, phrase.length);
    }
    if (score > 0 && (!best || score > best.score)) best = { field: synonyms.field, score };
  }
  if (best || words.length < 6 || words.length > 40) return best;
  for (const synonyms of prepared) {
    if (kind && !synonyms.kinds.includes(kind)) continue;
    for (const phrase of [...synonyms.exact, ...synonyms.phrases])
      if (
        phrase.length >= 6 &&
        Math.abs(phrase.length - words.length) <= 1 &&
        editDistance(words, phrase) <= 1
      )
        return { field: synonyms.field, score: 1 };
  }
  return null;
}

describe("matchField against the former every-synonym matcher", () => {
  const synonyms = FIELD_SYNONYMS.flatMap((s) => [...s.phrases, ...(s.exact ?? [])]).map(headerWords);
  const oneOff = (text: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += 3) {
      out.push(text.slice(0, i) + text.slice(i + 1)); // a letter dropped
      out.push(text.slice(0, i) + "x" + text.slice(i + 1)); // one replaced
      out.push(text.slice(0, i) + "o" + text.slice(i)); // one added
    }
    return out;
  };
  const headers = [
    ...synonyms,
    ...synonyms.map((s) => `${s} khac`),
    ...synonyms.map((s) => `cot ${s} 2025`),
    ...synonyms.flatMap((s) => synonyms.slice(0, 12).map((t) => `${t} ${s}`)),
    ...synonyms.flatMap(oneOff),
    ...synonyms.flatMap((s) => oneOff(`${s} ab`)),
    "nguyen van an",
    "tran thi bich ngoc",
    "hoan thanh tot nhiem vu",
    "x",
    "%",
  ];
  const kinds: (SheetKind | null)[] = [null, ...new Set(FIELD_SYNONYMS.flatMap((s) => s.kinds))];

  it("gives the same field and score for every header and kind", () => {
    const differ: string[] = [];
    for (const kind of kinds)
      for (const words of headers) {
        const expected = referenceMatch(words, kind);
        const actual = matchField(words, kind);
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          differ.push(
            `${kind}: "${words}" → ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
          );
      }
    expect(headers.length).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
  });
});

describe("withinOneEdit", () => {
  it("agrees with the edit distance on every pair of near texts", () => {
    const texts = [
      "ghi chu",
      "ghi cho",
      "ghi ch",
      "ghii chu",
      "hi chu",
      "ghi chuu",
      "gh chux",
      "abc",
      "ab",
      "",
    ];
    for (const a of texts)
      for (const b of texts) expect([a, b, withinOneEdit(a, b)]).toEqual([a, b, editDistance(a, b) <= 1]);
  });

  it("refuses two edits and accepts one, at either end", () => {
    expect(withinOneEdit("so the dang", "so the dan")).toBe(true);
    expect(withinOneEdit("so the dang", "xo the dang")).toBe(true);
    expect(withinOneEdit("so the dang", "so the da")).toBe(false);
    expect(withinOneEdit("so the dang", "xo the danx")).toBe(false);
  });
});
