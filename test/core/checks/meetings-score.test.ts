import { getPreset, type Criteria, type MeetingRubric } from "../../../src/core/criteria";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { IssueSink, type Issue } from "../../../src/core/issues";
import { recognizeSheet } from "../../../src/core/recognize/table";
import { checkMeetingScore, type MeetingScoreResult } from "../../../src/core/checks/meeting-score";
import { issueMessage } from "../../../src/i18n";

function preset(id: string): Criteria {
  const criteria = getPreset(id);
  if (!criteria) throw new Error(`no preset ${id}`);
  return criteria;
}

const QD366 = preset("qd366-2025");
const HEADER = [
  "TT",
  "Tiêu chí đánh giá",
  "Thang điểm",
  "Chi ủy, Bí thư chi bộ chấm",
  "Cấp ủy viên cấp trên chấm",
  "Ghi chú",
];
const FIRST_LINE_ROW = 6; // sheet row of the first rubric line (1-based)

/** [TT, criterion, maximum, cell committee's score, upper level's score] */
type Line = [CellValue, string, CellValue, CellValue, CellValue];

/** The Phú Thọ rubric scored 96 by both scorers. */
function phuThoLines(): Line[] {
  return [
    ["I", "Công tác chuẩn bị", 15, 15, 15],
    [1, "Chi ủy họp chuẩn bị nội dung trước khi sinh hoạt", 8, 8, 8],
    [2, "Chuẩn bị dự thảo nghị quyết, tài liệu", 7, 7, 7],
    ["II", "Tỷ lệ đảng viên tham dự", 20, 19, 19],
    ["III", "Tổ chức sinh hoạt", 45, 43, 43],
    [1, "Thực hiện đúng trình tự sinh hoạt", 15, 15, 15],
    [2, "Đánh giá kết quả thực hiện nghị quyết tháng trước", 15, 14, 14],
    [3, "Đảng viên phát biểu ý kiến, thảo luận", 15, 14, 14],
    ["IV", "Kết thúc hội nghị", 20, 19, 19],
    [1, "Thông qua nghị quyết, biểu quyết", 10, 9, 9],
    [2, "Ghi biên bản đầy đủ", 10, 10, 10],
  ];
}

interface Sheet {
  lines: Line[];
  total?: [CellValue, CellValue, CellValue];
  grade?: CellValue;
}

function scoreGrid({ lines, total, grade }: Sheet): Grid {
  const rows: CellValue[][] = [
    ["CHI BỘ TỔ DÂN PHỐ SỐ 5"],
    ["PHIẾU ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT CHI BỘ"],
    [],
    [],
    HEADER,
  ];
  for (const line of lines) rows.push([...line]);
  const sum = (i: 2 | 3 | 4): number =>
    lines.filter((l) => typeof l[0] === "string").reduce((s, l) => s + Number(l[i]), 0);
  const [max, self, upper] = total ?? [sum(2), sum(3), sum(4)];
  rows.push([null, "Tổng cộng", max, self, upper]);
  rows.push([null, "Xếp loại:", null, grade === undefined ? null : grade]);
  return { name: "Phiếu chấm", rows };
}

/** Sheet address of line i (0-based) in column letter. */
const at = (letter: string, i: number): string => `${letter}${FIRST_LINE_ROW + i}`;

function run(sheet: Sheet, criteria: Criteria = QD366): { result: MeetingScoreResult; issues: Issue[] } {
  const table = recognizeSheet(scoreGrid(sheet), new LevelMatcher(criteria));
  expect(table.info.kind).toBe("meeting-score");
  const sink = new IssueSink();
  return { result: checkMeetingScore(table, criteria, sink), issues: sink.issues };
}

const brief = (issues: Issue[]): string[] => issues.map((i) => `${i.code} ${i.cell}`).sort();

describe("checkMeetingScore: a correct Phú Thọ sheet", () => {
  it("reports nothing, returns the total, its grade and the rubric followed", () => {
    const { result, issues } = run({ lines: phuThoLines(), grade: "Tốt" });
    expect(issues).toEqual([]);
    expect(result).toEqual({ total: 96, grade: "Tốt", rubricId: "phu-tho-khoi-co-quan" });
  });
});

describe("scores within their maximum", () => {
  it("reports a score above its row's maximum and a negative one at their cells", () => {
    const lines = phuThoLines();
    lines[1] = [1, "Chi ủy họp chuẩn bị nội dung trước khi sinh hoạt", 8, 9, 8];
    lines[2] = [2, "Chuẩn bị dự thảo nghị quyết, tài liệu", 7, 6, 7]; // the group still adds up to 15
    lines[3] = ["II", "Tỷ lệ đảng viên tham dự", 20, 19, -1];
    const { issues } = run({ lines, total: [100, 96, 76], grade: "Tốt" });
    expect(brief(issues)).toEqual(
      [`score-above-max ${at("D", 1)}`, `score-negative ${at("E", 3)}`, "level-score-mismatch D18"].sort(),
    );
    const above = issues.find((i) => i.code === "score-above-max");
    expect(above?.params).toEqual({
      score: 9,
      item: "Chi ủy họp chuẩn bị nội dung trước khi sinh hoạt",
      max: 8,
    });
  });

  it("reads a cell holding NaN, as a number or as text, as an invalid number and skips what depends on it", () => {
    const lines = phuThoLines();
    lines[6] = [2, "Đánh giá kết quả thực hiện nghị quyết tháng trước", 15, Number.NaN, "NaN"];
    const { issues, result } = run({ lines, grade: "Tốt" });
    expect(brief(issues)).toEqual([`invalid-number ${at("D", 6)}`, `invalid-number ${at("E", 6)}`].sort());
    // Group III and the total are written (43 and 96), so the grade can still be judged from them.
    expect(result.total).toBe(96);
  });
});

describe("sums", () => {
  it("reports a group whose items do not add up to it, at the group's cell", () => {
    const lines = phuThoLines();
    lines[4] = ["III", "Tổ chức sinh hoạt", 45, 42, 43];
    const { issues } = run({ lines, total: [100, 95, 96], grade: "Tốt" });
    expect(brief(issues)).toEqual([`total-mismatch ${at("D", 4)}`]);
    expect(issues[0].params).toEqual({ what: "Tổ chức sinh hoạt", stated: 42, computed: 43 });
  });

  it("reports a total that is not the sum of the groups, at the total cell", () => {
    const { issues } = run({ lines: phuThoLines(), total: [100, 97, 96], grade: "Tốt" });
    expect(brief(issues)).toEqual(["total-mismatch D17"]);
    expect(issues[0].params).toEqual({ what: "Tổng cộng", stated: 97, computed: 96 });
  });

  it("reports maxima that do not add up to the scale", () => {
    const { issues } = run({ lines: phuThoLines(), total: [90, 96, 96], grade: "Tốt" });
    expect(brief(issues)).toEqual(expect.arrayContaining(["total-mismatch C17"]));
    expect(issues.find((i) => i.cell === "C17")?.params).toEqual({
      what: "Thang điểm",
      stated: 90,
      computed: 100,
    });
  });
});

describe("the grade under the total", () => {
  it("compares it with the grade of the upper level's total", () => {
    const lines = phuThoLines();
    lines[3] = ["II", "Tỷ lệ đảng viên tham dự", 20, 19, 4]; // upper level: 81
    const { issues, result } = run({ lines, total: [100, 96, 81], grade: "Tốt" });
    expect(brief(issues)).toEqual(["level-score-mismatch D18"]);
    expect(issues[0].params).toEqual({ stated: "Tốt", score: 81, expected: "Khá" });
    expect(result).toMatchObject({ total: 81, grade: "Khá" });
  });

  it("uses the cell's own total when the upper level has not scored", () => {
    const lines = phuThoLines().map((l): Line => [l[0], l[1], l[2], l[3], null]);
    const { issues, result } = run({ lines, total: [100, 96, null], grade: "Khá" });
    expect(brief(issues)).toEqual(["level-score-mismatch D18"]);
    expect(result).toMatchObject({ total: 96, grade: "Tốt" });
  });

  it("reads a grade written in the same cell as its label", () => {
    const grid = scoreGrid({ lines: phuThoLines() });
    const rows = grid.rows.map((r) => [...r]);
    rows[rows.length - 1] = [null, "Xếp loại: Trung bình"];
    const table = recognizeSheet({ ...grid, rows }, new LevelMatcher(QD366));
    const sink = new IssueSink();
    checkMeetingScore(table, QD366, sink);
    expect(brief(sink.issues)).toEqual(["level-score-mismatch B18"]);
  });
});

function linesOf(rubric: MeetingRubric, score: (tag: string | undefined, max: number) => number): Line[] {
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  const lines: Line[] = [];
  rubric.groups.forEach((group, g) => {
    const items = group.items.map((item) => score(item.tag, item.max));
    const own = items.length > 0 ? items.reduce((a, b) => a + b, 0) : score(group.tag, group.max);
    lines.push([roman[g], group.title, group.max, own, own]);
    group.items.forEach((item, i) => lines.push([i + 1, item.title, item.max, items[i], items[i]]));
  });
  return lines;
}

describe("rubric recognition and grade conditions", () => {
  const binhThuan = preset("binh-thuan-khoi");
  const binhThuanRubric = binhThuan.meeting.rubric;
  const hd42 = QD366.meeting.rubric;
  if (!binhThuanRubric || !hd42) throw new Error("presets without rubrics");

  it("tells Hướng dẫn 42 from Bình Thuận, which shares its groups but splits two of them into items", () => {
    const full = (_tag: string | undefined, max: number): number => max;
    expect(run({ lines: linesOf(hd42, full), grade: "Tốt" }).result.rubricId).toBe(hd42.id);
    expect(run({ lines: linesOf(binhThuanRubric, full), grade: "Tốt" }).result.rubricId).toBe(
      "binh-thuan-khoi",
    );
  });

  it("returns no rubric for a sheet whose groups match none", () => {
    const lines: Line[] = [
      ["I", "Chuẩn bị", 40, 40, 40],
      ["II", "Tổ chức", 60, 55, 55],
    ];
    expect(run({ lines, grade: "Tốt" }).result.rubricId).toBeNull();
  });

  it("Bình Thuận: 90 points without full marks on attendance is Khá, with all tagged marks full it is Tốt", () => {
    // One point short on attendance, everything else full: 99 points.
    const shortOnAttendance = (tag: string | undefined, max: number): number =>
      tag === "attendance" ? max - 1 : max;
    const short = run({ lines: linesOf(binhThuanRubric, shortOnAttendance), grade: "Tốt" }, binhThuan);
    expect(short.result).toMatchObject({ total: 99, grade: "Khá" });
    expect(brief(short.issues)).toEqual([
      "level-score-mismatch D" + (FIRST_LINE_ROW + linesOf(binhThuanRubric, shortOnAttendance).length + 1),
    ]);
    // One point short on preparation instead (no condition on it): still Tốt.
    const shortOnPreparation = (tag: string | undefined, max: number): number =>
      tag === "preparation" ? max - 1 : max;
    const ok = run({ lines: linesOf(binhThuanRubric, shortOnPreparation), grade: "Tốt" }, binhThuan);
    expect(ok.result).toMatchObject({ total: 99, grade: "Tốt" });
    expect(ok.issues).toEqual([]);
  });
});

describe("messages", () => {
  it("fills every placeholder of every issue's template, in both languages", () => {
    const lines = phuThoLines();
    lines[1] = [1, "Chi ủy họp chuẩn bị nội dung trước khi sinh hoạt", 8, 9, "x"];
    lines[3] = ["II", "Tỷ lệ đảng viên tham dự", 20, -1, { error: "#REF!" }];
    lines[8] = ["IV", "Kết thúc hội nghị", "20", 18, 19];
    const { issues } = run({ lines, total: [99, 80, 96], grade: "Khá" });
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set([
        "score-above-max",
        "score-negative",
        "invalid-number",
        "formula-error",
        "number-as-text",
        "total-mismatch",
        "level-score-mismatch",
      ]),
    );
    for (const issue of issues) {
      for (const lang of ["vi", "en"] as const) expect(issueMessage(issue, lang)).not.toMatch(/\{\w+\}/);
    }
  });
});
