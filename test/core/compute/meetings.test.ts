import { getPreset, type Criteria } from "../../../src/core/criteria";
import {
  meetingResults,
  mergeMeetingResults,
  periodCounts,
  type MeetingRecord,
} from "../../../src/core/compute/meetings";
import type { MeetingResults } from "../../../src/core/types";

function preset(id: string): Criteria {
  const criteria = getPreset(id);
  if (!criteria) throw new Error(`no preset ${id}`);
  return criteria;
}

const QD366 = preset("qd366-2025");

function meeting(month: number, patch: Partial<MeetingRecord> = {}): MeetingRecord {
  return { regular: true, thematic: false, month, present: 18, base: 20, grade: "Tốt", ...patch };
}

describe("meetingResults", () => {
  it("counts meetings, grades and missing periods, and computes attendance from the sums", () => {
    const records = [
      meeting(1),
      meeting(2, { present: 20, grade: "Khá" }),
      meeting(3, { regular: false, thematic: true, grade: null }),
      meeting(5, { present: null, base: null }),
    ];
    const results = meetingResults(records, QD366);
    expect(results.regular).toBe(3);
    expect(results.thematic).toBe(1);
    expect(results.grades).toEqual({ Tốt: 2, Khá: 1 });
    expect(results.attendance).toBe(Math.round(((18 + 20 + 18) / 60) * 1000) / 10);
    expect(results.missingMonths).toEqual([3, 4, 6, 7, 8, 9, 10, 11, 12]);
    expect(results.missingQuarters).toEqual([2, 3, 4]);
    expect(periodCounts(results)?.thematicByQuarter).toEqual([1, 0, 0, 0]);
  });

  it("gives no attendance when no meeting gave the figures", () => {
    expect(meetingResults([meeting(1, { present: null, base: null })], QD366).attendance).toBeNull();
  });

  it("counts a meeting held as both regular and thematic in both", () => {
    const results = meetingResults([meeting(4, { thematic: true })], QD366);
    expect([results.regular, results.thematic]).toEqual([1, 1]);
    expect(results.missingQuarters).toEqual([1, 3, 4]);
  });
});

describe("mergeMeetingResults", () => {
  it("merges exactly: attendance from the summed figures, not the mean of two percentages", () => {
    const a = meetingResults([meeting(1, { present: 10, base: 10 })], QD366); // 100%
    const b = meetingResults(
      [meeting(2, { present: 1, base: 10 }), meeting(3, { present: 1, base: 10 })],
      QD366,
    ); // 10%
    expect(mergeMeetingResults(a, b).attendance).toBe(40);
  });

  it("recomputes the year grade over both halves", () => {
    const phuTho = preset("phu-tho-khoi-co-quan");
    const first = meetingResults(
      [1, 2, 3, 4, 5, 6].map((m) => meeting(m)),
      phuTho,
    );
    const second = meetingResults(
      [7, 8, 9, 10, 11, 12].map((m) => meeting(m, { grade: m === 7 ? "Tốt" : "Khá" })),
      phuTho,
    );
    expect(first.yearGrade).toBe("Khá"); // 6 Tốt are not enough on their own
    expect(mergeMeetingResults(first, second).yearGrade).toBe("Tốt");
  });

  it("merges results read back from JSON by their own numbers", () => {
    const a: MeetingResults = {
      regular: 6,
      thematic: 2,
      attendance: 90,
      grades: { Tốt: 6 },
      yearGrade: null,
      missingMonths: [7, 8, 9, 10, 11, 12],
      missingQuarters: [3, 4],
    };
    const b: MeetingResults = {
      regular: 6,
      thematic: 1,
      attendance: 80,
      grades: { Khá: 6 },
      yearGrade: null,
      missingMonths: [1, 2, 3, 4, 5, 6],
      missingQuarters: [1, 2, 4],
    };
    const merged = mergeMeetingResults(a, b);
    expect(merged).toEqual({
      regular: 12,
      thematic: 3,
      attendance: Math.round(((90 * 8 + 80 * 7) / 15) * 10) / 10,
      grades: { Tốt: 6, Khá: 6 },
      yearGrade: null,
      missingMonths: [],
      missingQuarters: [4],
    });
  });
});
