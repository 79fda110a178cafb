import { getPreset, listPresets, presetForYear } from "../../../src/core/criteria";
import { criteriaSchema } from "../../../src/core/criteria-schema";
import type { Criteria } from "../../../src/core/criteria";

const ids = listPresets().map((p) => p.id);

describe("presets", () => {
  it("ships every preset of domain.md once", () => {
    expect([...ids].sort()).toEqual(
      [
        "an-phu-kh08-2025",
        "binh-thuan-khoi",
        "hd21-2019",
        "hoa-binh-qd31",
        "phu-tho-khoi-co-quan",
        "qd124-2023",
        "qd366-2025",
        "tra-vinh",
        "yen-bai-qd11",
      ].sort(),
    );
  });

  it.each(ids)("%s passes the schema", (id) => {
    const preset = getPreset(id) as Criteria;
    expect(criteriaSchema.safeParse(preset).success).toBe(true);
    expect(criteriaSchema.parse(preset)).toEqual(preset);
  });

  it.each(ids)("%s has rubric groups whose items add up to the group's maximum", (id) => {
    const rubric = (getPreset(id) as Criteria).meeting.rubric;
    if (!rubric) return;
    for (const group of rubric.groups) {
      if (group.items.length === 0) continue;
      expect(group.items.reduce((sum, item) => sum + item.max, 0)).toBe(group.max);
    }
    expect(rubric.groups.reduce((sum, group) => sum + group.max, 0)).toBe(100);
  });

  it.each(ids)("%s names a rubric part for every tag its grade conditions need", (id) => {
    const meeting = (getPreset(id) as Criteria).meeting;
    const tags = new Set<string>();
    for (const group of meeting.rubric?.groups ?? []) {
      if (group.tag) tags.add(group.tag);
      for (const item of group.items) if (item.tag) tags.add(item.tag);
    }
    for (const condition of meeting.gradeConditions) {
      for (const tag of condition.fullMarksOn) expect(tags).toContain(tag);
    }
  });

  it.each(ids)("%s lists grades from the best down and names their sources", (id) => {
    const preset = getPreset(id) as Criteria;
    const mins = preset.meeting.grades.map((g) => g.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(preset.sources.length).toBeGreaterThan(0);
    expect(preset.meeting.source).not.toBe("");
  });

  it("shares one set of level spellings across presets", () => {
    const first = listPresets()[0].levels;
    for (const preset of listPresets()) expect(preset.levels).toEqual(first);
    expect(first.HTTNV).toContain("HTTTNV");
    expect(listPresets()[0].notClassified).toContain("Không đánh giá, xếp loại");
  });

  it("is frozen so that no caller can change a preset for the others", () => {
    const preset = getPreset("qd366-2025") as Criteria;
    expect(() => {
      preset.meeting.grades[0].min = 1;
    }).toThrow(TypeError);
    expect(preset.meeting.grades[0].min).toBe(90);
  });

  it("returns undefined for an unknown id", () => {
    expect(getPreset("khong-co")).toBeUndefined();
  });
});

describe("hd21-2019", () => {
  const preset = getPreset("hd21-2019") as Criteria;
  it("caps HTXSNV at 20% of HTTNV, rounded down, per grassroots unit, with no score bands", () => {
    expect(preset.cap).toMatchObject({
      ratio: 0.2,
      denominator: "HTTNV",
      rounding: "down",
      scope: "grassroots-unit",
    });
    expect(preset.scoreBands).toBeNull();
    expect(preset.cap?.source).toContain("Hướng dẫn 21-HD/BTCTW (18/10/2019)");
  });
  it("excludes new members, new units, exempted and suspended members", () => {
    expect(preset.exclusions.map((e) => e.key)).toEqual(["new-member", "new-unit", "exempted", "suspended"]);
    expect(preset.exclusions.find((e) => e.key === "exempted")?.keywords).toContain(
      "miễn công tác và sinh hoạt đảng",
    );
  });
  it("follows Hướng dẫn 12 for meetings: strictly above 85%, no unexcused absence, 90 minutes", () => {
    expect(preset.attendance).toMatchObject({
      minPercent: 85,
      strictlyAbove: true,
      noUnexcusedAbsence: true,
    });
    expect(preset.meeting.minDurationMinutes).toBe(90);
    expect(preset.cadence).toMatchObject({ regularPerYear: 12, thematicPerQuarter: 1 });
  });
  it("accepts card numbers NN.NNNNNN with an optional extra dot in the serial, and nothing else", () => {
    const pattern = new RegExp(preset.cardNumberPattern as string);
    for (const good of ["01.234567", "12.345.678", "12.34.5678"]) expect(pattern.test(good)).toBe(true);
    for (const bad of ["1234.5678", "12.34567", "12.3.4.5678", "12.345678.", "ab.123456"])
      expect(pattern.test(bad)).toBe(false);
  });
});

describe("qd124-2023 and qd366-2025", () => {
  it("qd124 adds the remedied-fault exception to hd21", () => {
    expect(getPreset("hd21-2019")?.memberCaps.discipline?.remedyKeywords).toEqual([]);
    expect(getPreset("qd124-2023")?.memberCaps.discipline?.remedyKeywords).toEqual(
      expect.arrayContaining(["tự phát hiện", "khắc phục"]),
    );
    expect(getPreset("qd124-2023")?.sources.join("\n")).toContain("Quy định 124-QĐ/TW (04/10/2023)");
  });
  it("qd366 has the 100-point bands of Quy định 366, Điều 11, and no rubric of its own (Hướng dẫn 42 gives none)", () => {
    const preset = getPreset("qd366-2025") as Criteria;
    expect(preset.scoreBands).toMatchObject({ scale: 100, HTXSNV: 90, HTTNV: 70, HTNV: 50, verified: true });
    expect(preset.meeting.rubric).toBeNull();
    expect(preset.meeting.grades.map((g) => [g.grade, g.min])).toEqual([
      ["Tốt", 90],
      ["Khá", 70],
      ["Trung bình", 50],
      ["Kém", 0],
    ]);
    expect(preset.sources.join("\n")).toMatch(
      /Quy định 366-QĐ\/TW \(30\/8\/2025\)[\s\S]*Hướng dẫn 43-HD\/BTCTW \(31\/10\/2025\)/,
    );
  });

  it("the 100-point rubric once credited to Hướng dẫn 42 is the An Phú ward's own, unverified", () => {
    const anPhu = getPreset("an-phu-kh08-2025") as Criteria;
    expect(anPhu.meeting.rubric?.verified).toBe(false);
    expect(anPhu.meeting.rubric?.groups.map((g) => g.max)).toEqual([5, 5, 10, 30, 10, 5, 30, 5]);
    expect(anPhu.meeting.rubric?.source).toMatch(/An Phú/);
    expect(anPhu.meeting.rubric?.title).not.toMatch(/Hướng dẫn 42/);
    for (const p of listPresets()) {
      const rubric = p.meeting.rubric;
      if (rubric) expect(`${rubric.title} ${rubric.id}`).not.toMatch(/Hướng dẫn 42|hd42/);
    }
  });
});

describe("provincial frameworks", () => {
  const qd366 = getPreset("qd366-2025") as Criteria;
  it.each(["phu-tho-khoi-co-quan", "binh-thuan-khoi", "tra-vinh", "yen-bai-qd11", "hoa-binh-qd31"])(
    "%s keeps the current member rules",
    (id) => {
      const preset = getPreset(id) as Criteria;
      expect(preset.cap).toEqual(qd366.cap);
      expect(preset.scoreBands).toEqual(qd366.scoreBands);
      expect(preset.exclusions).toEqual(qd366.exclusions);
      expect(preset.memberCaps).toEqual(qd366.memberCaps);
      expect(preset.meeting).not.toEqual(qd366.meeting);
    },
  );
  it("Phú Thọ scores 15/20/45/20 and grades the year from 7 Tốt meetings", () => {
    const preset = getPreset("phu-tho-khoi-co-quan") as Criteria;
    expect(preset.meeting.rubric?.groups.map((g) => g.max)).toEqual([15, 20, 45, 20]);
    expect(preset.meeting.yearRule).toMatchObject({ topGrade: "Tốt", minTopMeetings: 7, allAtLeast: "Khá" });
  });
  it("Bình Thuận needs full marks on attendance, duration, speaking and minutes for Tốt", () => {
    const preset = getPreset("binh-thuan-khoi") as Criteria;
    expect(preset.meeting.gradeConditions).toEqual([
      expect.objectContaining({
        grade: "Tốt",
        otherwise: "Khá",
        fullMarksOn: ["attendance", "duration", "speaking", "minutes"],
      }),
    ]);
  });
  it("Trà Vinh accepts exactly 90% attendance", () => {
    expect((getPreset("tra-vinh") as Criteria).attendance).toMatchObject({
      minPercent: 90,
      strictlyAbove: false,
    });
  });
  it("Yên Bái makes loại 1 from 98 points and describes the model cell", () => {
    const preset = getPreset("yen-bai-qd11") as Criteria;
    expect(preset.meeting.grades[0]).toEqual({ grade: "Loại 1", min: 98 });
    expect(preset.modelCell).toMatchObject({
      attendancePercent: 100,
      minMeetingScore: 98,
      cellLevel: "HTXSNV",
    });
  });
  it("Hòa Bình grades Khá from 75 and records the directions points as unverified", () => {
    const preset = getPreset("hoa-binh-qd31") as Criteria;
    expect(preset.meeting.grades.slice(0, 2)).toEqual([
      { grade: "Tốt", min: 90 },
      { grade: "Khá", min: 75 },
    ]);
    expect(preset.sources.join("\n")).toMatch(/13 điểm[\s\S]*11 điểm[\s\S]*chưa kiểm chứng/);
  });
});

describe("presetForYear", () => {
  it.each([
    [2019, "hd21-2019"],
    [2022, "hd21-2019"],
    [2023, "qd124-2023"],
    [2024, "qd124-2023"],
    [2025, "qd366-2025"],
    [2031, "qd366-2025"],
    [null, "qd366-2025"],
  ])("%s → %s", (year, id) => {
    expect(presetForYear(year).id).toBe(id);
  });
});
