import { getPreset, type MeetingRules } from "../../../src/core/criteria";
import { gradeForScore, yearGradeFor } from "../../../src/core/compute/meeting-grade";

function rulesOf(id: string): MeetingRules {
  const criteria = getPreset(id);
  if (!criteria) throw new Error(`no preset ${id}`);
  return criteria.meeting;
}

const FOUR = rulesOf("qd366-2025");

describe("gradeForScore", () => {
  it("applies the first threshold the score reaches: Tốt ≥90, Khá ≥70, Trung bình ≥50, Kém below", () => {
    expect([100, 90, 89.5, 70, 69, 50, 49.9, 0].map((s) => gradeForScore(s, FOUR))).toEqual([
      "Tốt",
      "Tốt",
      "Khá",
      "Khá",
      "Trung bình",
      "Trung bình",
      "Kém",
      "Kém",
    ]);
  });

  it("does not depend on the order the thresholds are listed in", () => {
    const shuffled: MeetingRules = { ...FOUR, grades: [...FOUR.grades].reverse() };
    expect([95, 75, 55, 5].map((s) => gradeForScore(s, shuffled))).toEqual([
      "Tốt",
      "Khá",
      "Trung bình",
      "Kém",
    ]);
  });

  it("gives the lowest grade to a score below every threshold", () => {
    const yenBai = rulesOf("yen-bai-qd11");
    expect(gradeForScore(98, yenBai)).toBe("Loại 1");
    expect(gradeForScore(-3, yenBai)).toBe("Dưới loại 1");
  });

  const binhThuan = rulesOf("binh-thuan-khoi");
  const allTagged = ["attendance", "duration", "speaking", "minutes"];

  it("honours a grade condition: Tốt needs full marks on the tagged items, else Khá", () => {
    expect(gradeForScore(95, binhThuan, new Set(allTagged))).toBe("Tốt");
    expect(gradeForScore(95, binhThuan, new Set(allTagged.filter((t) => t !== "minutes")))).toBe("Khá");
    // The condition only concerns Tốt: a Khá score is not lowered further.
    expect(gradeForScore(75, binhThuan, new Set())).toBe("Khá");
  });

  it("ignores the conditions when nothing is known about full marks", () => {
    expect(gradeForScore(95, binhThuan)).toBe("Tốt");
  });

  it("follows a chain of conditions without looping", () => {
    const chained: MeetingRules = {
      ...FOUR,
      gradeConditions: [
        { grade: "Tốt", fullMarksOn: ["a"], otherwise: "Khá", source: "test" },
        { grade: "Khá", fullMarksOn: ["b"], otherwise: "Tốt", source: "test" },
      ],
    };
    expect(gradeForScore(95, chained, new Set(["b"]))).toBe("Khá");
    expect(gradeForScore(95, chained, new Set())).toBe("Tốt");
  });
});

describe("yearGradeFor (Phú Thọ)", () => {
  const phuTho = rulesOf("phu-tho-khoi-co-quan");

  it("is Tốt when every regular meeting is Khá or better and at least 7 are Tốt", () => {
    expect(yearGradeFor({ Tốt: 7, Khá: 5 }, phuTho)).toBe("Tốt");
  });

  it("is Khá with only 6 meetings Tốt, or with one meeting Trung bình", () => {
    expect(yearGradeFor({ Tốt: 6, Khá: 6 }, phuTho)).toBe("Khá");
    expect(yearGradeFor({ Tốt: 11, "Trung bình": 1 }, phuTho)).toBe("Khá");
  });

  it("steps down once more when a meeting is Kém", () => {
    expect(yearGradeFor({ Tốt: 11, Kém: 1 }, phuTho)).toBe("Trung bình");
  });

  it("is null without a year rule or without graded meetings", () => {
    expect(yearGradeFor({ Tốt: 12 }, FOUR)).toBeNull();
    expect(yearGradeFor({}, phuTho)).toBeNull();
  });
});
