/**
 * Issue 9: the rules of Quy định 366 / Hướng dẫn 43 and Hướng dẫn 42 (2025), each shown on a workbook
 * built here, in the shapes clerks keep, with a case that passes and one that fails.
 */
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Criteria } from "../../src/core/criteria/schema";
import type { CellValue, Grid } from "../../src/core/grid/types";
import type { Issue } from "../../src/core/issues";
import { issueMessage } from "../../src/i18n";
import { grid, preset, titleRows } from "../support/grids";
import { VI } from "../support/words";

const QD366 = preset("qd366-2025");

/** A sheet: the usual title block for the year, one header row, the rows. Data starts on Excel row 7. */
function sheet(name: string, headers: CellValue[], rows: CellValue[][], year = 2025): Grid {
  return grid(name, [...titleRows({ year }), headers, ...rows]);
}

function analyze(grids: Grid[], criteria?: Criteria): Issue[] {
  return analyzeWorkbook(grids, criteria ? { criteria, words: VI } : { words: VI }).issues;
}

function only(issues: Issue[], code: string): Issue[] {
  return issues.filter((issue) => issue.code === code);
}

function where(issues: Issue[], code: string): [string | null, string | null, string][] {
  return only(issues, code).map((i) => [i.sheet, i.cell, i.severity]);
}

describe("sick and maternity leave (Hướng dẫn 43, 7.5)", () => {
  const list = (year: number) =>
    sheet(
      "Danh sách",
      ["STT", "Họ và tên", "Xếp loại", "Ghi chú"],
      [
        [1, "Nguyễn Văn An", "HTTNV", "Nghỉ ốm 4 tháng"],
        [2, "Trần Thị Bình", "HTTNV", null],
        [3, "Lê Văn Cường", "HTNV", null],
        [4, "Phạm Thị Dung", "HTTNV", null],
        [5, "Hoàng Văn Em", "HTTNV", null],
      ],
      year,
    );

  it("a 2025 list: 4 months' sick leave rated HTTNV is no issue (rated on the work done)", () => {
    const analysis = analyzeWorkbook([list(2025)], { words: VI });
    expect(analysis.criteria.id).toBe("qd366-2025");
    expect(only(analysis.issues, "sick-leave-level")).toEqual([]);
  });

  it("the same list dated 2019 gets sick-leave-level at the level cell (Hướng dẫn 21)", () => {
    const analysis = analyzeWorkbook([list(2019)], { words: VI });
    expect(analysis.criteria.id).toBe("hd21-2019");
    expect(where(analysis.issues, "sick-leave-level")).toEqual([["Danh sách", "C7", "error"]]);
  });

  it("years map to sets as before; 2025 and 2026 get qd366-2025", () => {
    expect(analyzeWorkbook([list(2026)], { words: VI }).criteria.id).toBe("qd366-2025");
    expect(analyzeWorkbook([list(2023)], { words: VI }).criteria.id).toBe("qd124-2023");
  });
});

describe("the cap under Quy định 366, Điều 11", () => {
  const cells = (levels: string[]) =>
    sheet(
      "Xếp loại chi bộ",
      ["STT", "Tên chi bộ", "Đảng số", "Xếp loại", "Ghi chú"],
      levels.map((level, i) => [i + 1, `Chi bộ ${i + 1}`, 10, level, null]),
    );

  it("collectives over the cap: 2 HTXSNV of 5 HTTNV (at most 1) is cap-exceeded at the collectives sheet", () => {
    const issues = analyze([cells(["HTXSNV", "HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"])]);
    expect(where(issues, "cap-exceeded")).toEqual([["Xếp loại chi bộ", null, "error"]]);
    expect(only(issues, "cap-exceeded")[0].params).toMatchObject({
      variant: "collectives",
      actual: 2,
      limit: 1,
    });
    expect(issueMessage(only(issues, "cap-exceeded")[0], "vi")).toMatch(/^Số tập thể Hoàn thành xuất sắc/);
  });

  it("collectives within the cap, and collectives under Hướng dẫn 21 (members only), pass", () => {
    expect(
      only(analyze([cells(["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"])]), "cap-exceeded"),
    ).toEqual([]);
    const hd21 = analyze(
      [cells(["HTXSNV", "HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"])],
      preset("hd21-2019"),
    );
    expect(only(hd21, "cap-exceeded")).toEqual([]);
  });

  /** Leaders: 1 HTXSNV and `leaders` HTTNV; staff: 2 HTXSNV and `staff` HTTNV. */
  const byCategory = (leaders: number, staff: number) =>
    sheet(
      "Danh sách",
      ["STT", "Họ và tên", "Đối tượng", "Xếp loại"],
      [
        ...["HTXSNV", ...Array.from({ length: leaders }, () => "HTTNV")].map((level, i) => [
          i + 1,
          `Lãnh đạo ${i + 1}`,
          "Lãnh đạo, quản lý",
          level,
        ]),
        ...["HTXSNV", "HTXSNV", ...Array.from({ length: staff }, () => "HTTNV")].map((level, i) => [
          leaders + i + 2,
          `Nhân viên ${i + 1}`,
          "Không giữ chức vụ",
          level,
        ]),
      ],
    );
  const grouped: Criteria = {
    ...QD366,
    cap: { ...(QD366.cap as NonNullable<Criteria["cap"]>), groupBy: "category" },
  };

  it("a category column with the cap exceeded in one category only: one issue naming that category", () => {
    // 15 HTTNV in the unit allow 3 HTXSNV: the unit is within the cap; the staff (2 of 5) are not.
    const issues = analyze([byCategory(10, 5)], grouped);
    expect(only(issues, "cap-exceeded").map((i) => [i.params.variant, i.params.group])).toEqual([
      ["group", "Không giữ chức vụ"],
    ]);
    expect(issueMessage(only(issues, "cap-exceeded")[0], "vi")).toContain("“Không giữ chức vụ”");
  });

  it("without the grouping setting, or with every group within its cap, no group issue", () => {
    expect(only(analyze([byCategory(10, 5)]), "cap-exceeded")).toEqual([]);
    expect(only(analyze([byCategory(10, 10)], grouped), "cap-exceeded")).toEqual([]);
  });

  /** 11 HTTNV: 20% allows 2, 25% allows 2.75 → 2; 12 HTTNV: 25% allows 3. */
  const members = (top: number, good: number) =>
    sheet(
      "Danh sách",
      ["STT", "Họ và tên", "Xếp loại"],
      [
        ...Array.from({ length: top }, (_, i) => [i + 1, `Xuất sắc ${i + 1}`, "HTXSNV"]),
        ...Array.from({ length: good }, (_, i) => [top + i + 1, `Tốt ${i + 1}`, "HTTNV"]),
      ],
    );

  it("25% setting off: 3 HTXSNV of 12 HTTNV (25%) is cap-exceeded, saying only the competent level's decision allows it", () => {
    const issues = analyze([members(3, 12)]);
    const cap = only(issues, "cap-exceeded");
    expect(cap.map((i) => [i.params.variant, i.params.limit, i.severity])).toEqual([
      ["needs-decision", 2, "error"],
    ]);
    expect(issueMessage(cap[0], "vi")).toContain("chỉ quyết định của cấp có thẩm quyền");
    expect(issueMessage(cap[0], "en")).toContain("only a decision of the competent level");
  });

  it("25% setting on (the decision recorded): 3 of 12 passes, 4 of 12 does not, and the result's limit is 25%", () => {
    const decided: Criteria = {
      ...QD366,
      cap: {
        ...(QD366.cap as NonNullable<Criteria["cap"]>),
        exceptionDecision: "Quyết định 15-QĐ/TU ngày 10/12/2025",
      },
    };
    expect(only(analyze([members(3, 12)], decided), "cap-exceeded")).toEqual([]);
    const over = only(analyze([members(4, 12)], decided), "cap-exceeded");
    expect(over.map((i) => [i.params.variant, i.params.limit, i.params.ratio])).toEqual([[undefined, 3, 25]]);
    expect(
      analyzeWorkbook([members(3, 12)], { words: VI, criteria: decided }).results.members?.cap,
    ).toMatchObject({
      limit: 3,
      exceeded: false,
    });
  });
});

describe("HTXSNV conditions (Quy định 366, Điều 11)", () => {
  const headers = [
    "STT",
    "Họ và tên",
    "Tổng điểm",
    "Xếp loại",
    "Vượt mức (%)",
    "Đã khắc phục hạn chế kỳ trước",
  ];

  it("an HTXSNV member whose remediation is “Chưa” gets top-level-condition naming the condition", () => {
    const issues = analyze([
      sheet("Danh sách", headers, [
        [1, "Nguyễn Văn An", 95, "HTXSNV", "40%", "Chưa"],
        [2, "Trần Thị Bình", 80, "HTTNV", null, "Chưa"],
      ]),
    ]);
    expect(where(issues, "top-level-condition")).toEqual([["Danh sách", "F7", "error"]]);
    const message = issueMessage(only(issues, "top-level-condition")[0], "vi");
    expect(message).toContain("“Đã khắc phục hạn chế kỳ trước”");
    expect(message).toContain("“Chưa”");
  });

  it("fewer than 30% of tasks beyond requirement fails; 30%, “Đã”, “Không có” (nothing to remedy) pass", () => {
    const issues = analyze([
      sheet("Danh sách", headers, [
        [1, "Nguyễn Văn An", 92, "HTXSNV", 0.2, "Đã"],
        [2, "Trần Thị Bình", 91, "HTXSNV", "30%", "Đã khắc phục"],
        [3, "Lê Văn Cường", 90, "HTXSNV", 35, "Không có"],
        ...Array.from({ length: 12 }, (_, i) => [i + 4, `Tốt ${i + 1}`, 80, "HTTNV", null, null]),
      ]),
    ]);
    expect(only(issues, "top-level-condition").map((i) => [i.cell, i.params.percent, i.params.min])).toEqual([
      ["E7", 20, 30],
    ]);
  });

  it("a column saying not every task was done fails; “Có” and 100% pass", () => {
    const issues = analyze([
      sheet(
        "Danh sách",
        ["STT", "Họ và tên", "Hoàn thành tất cả nhiệm vụ", "Xếp loại"],
        [
          [1, "Nguyễn Văn An", "Không", "HTXSNV"],
          [2, "Trần Thị Bình", "Có", "HTXSNV"],
          [3, "Lê Văn Cường", "100%", "HTXSNV"],
          ...Array.from({ length: 15 }, (_, i) => [i + 4, `Tốt ${i + 1}`, "Có", "HTTNV"]),
        ],
      ),
    ]);
    expect(only(issues, "top-level-condition").map((i) => [i.cell, i.params.condition])).toEqual([
      ["C7", "Hoàn thành tất cả nhiệm vụ"],
    ]);
  });

  it("the score column is checked against the bands 90/70/50", () => {
    const issues = analyze([
      sheet(
        "Danh sách",
        ["STT", "Họ và tên", "Tổng điểm", "Xếp loại"],
        [
          [1, "Nguyễn Văn An", 85, "HTXSNV"],
          [2, "Trần Thị Bình", 72, "HTTNV"],
        ],
      ),
    ]);
    expect(only(issues, "level-score-mismatch").map((i) => [i.cell, i.params.expected])).toEqual([
      ["D7", "HTTNV"],
    ]);
  });
});

describe("civil-servant rating (Hướng dẫn 21; Nghị định 335/2025)", () => {
  const list = (rows: CellValue[][]) =>
    sheet("Danh sách", ["STT", "Họ và tên", "Xếp loại công chức", "Xếp loại đảng viên"], rows);

  it("party HTXSNV needs civil-service HTXSNV; civil-service KHTNV makes the party level KHTNV", () => {
    const issues = analyze([
      list([
        [1, "Nguyễn Văn An", "Hoàn thành tốt nhiệm vụ", "HTXSNV"],
        [2, "Trần Thị Bình", "Không hoàn thành nhiệm vụ", "HTNV"],
        [3, "Lê Văn Cường", "HTXSNV", "HTXSNV"],
        [4, "Phạm Thị Dung", "KHTNV", "KHTNV"],
        ...Array.from({ length: 10 }, (_, i) => [i + 5, `Tốt ${i + 1}`, "HTTNV", "HTTNV"]),
      ]),
    ]);
    expect(only(issues, "civil-service-level").map((i) => [i.cell, i.params.variant, i.severity])).toEqual([
      ["D7", "top", "error"],
      ["D8", "lowest", "error"],
    ]);
    expect(issueMessage(only(issues, "civil-service-level")[1], "en")).toContain("must be KHTNV");
  });
});

describe("discipline (Quy định 366)", () => {
  const list = (notes: string, level = "HTNV") =>
    sheet("Danh sách", ["STT", "Họ và tên", "Xếp loại", "Ghi chú"], [[1, "Nguyễn Văn An", level, notes]]);

  it("a remedied fault is a warning naming why; a violation of an earlier year too", () => {
    const remedied = only(analyze([list("Khiển trách; tự phát hiện và đã khắc phục")]), "discipline-level");
    expect(remedied.map((i) => [i.severity, i.params.variant])).toEqual([["warning", "remedied"]]);
    expect(issueMessage(remedied[0], "vi")).toContain("tự phát hiện, khắc phục");
    const earlier = only(analyze([list("Cảnh cáo do vi phạm năm trước (2024)")]), "discipline-level");
    expect(earlier.map((i) => [i.severity, i.params.variant])).toEqual([["warning", "earlier-year"]]);
    expect(issueMessage(earlier[0], "en")).toContain("earlier year");
  });

  it("a discipline in the year otherwise still gives KHTNV: an error", () => {
    const issues = only(analyze([list("Bị kỷ luật khiển trách tháng 6/2025")]), "discipline-level");
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([["C7", "error"]]);
    expect(only(analyze([list("Bị kỷ luật khiển trách", "KHTNV")]), "discipline-level")).toEqual([]);
  });
});

describe("meetings under Hướng dẫn 42 (2025)", () => {
  const log = (rows: CellValue[][]) =>
    sheet(
      "Sinh hoạt 2025",
      ["Tháng", "Ngày sinh hoạt", "Loại sinh hoạt", "Đảng số", "Số dự", "Thời gian (phút)"],
      rows,
    );

  it("a 75-minute meeting and a 100-minute combined meeting get meeting-duration at their cells", () => {
    const issues = analyze([
      log([
        [1, "05/01/2025", "Thường kỳ", 20, 19, 75],
        [2, "05/02/2025", "Thường kỳ", 20, 19, 90],
        [3, "05/03/2025", "Thường kỳ và chuyên đề", 20, 19, 100],
        [4, "05/04/2025", "Thường kỳ, chuyên đề", 20, 19, "2 giờ"],
      ]),
    ]);
    expect(
      only(issues, "meeting-duration").map((i) => [i.cell, i.params.minutes, i.params.min, i.params.variant]),
    ).toEqual([
      ["F7", 75, 90, undefined],
      ["F9", 100, 120, "combined"],
    ]);
  });

  it("reads start and end times, and a small-cell minimum set by the committee", () => {
    const timed = sheet(
      "Sinh hoạt 2025",
      ["Tháng", "Ngày sinh hoạt", "Đảng số", "Số dự", "Giờ bắt đầu", "Giờ kết thúc"],
      [
        [1, "05/01/2025", 5, 5, "19h30", "20h45"],
        [2, "05/02/2025", 5, 5, "19:30", "21:00"],
      ],
    );
    expect(only(analyze([timed]), "meeting-duration").map((i) => [i.cell, i.params.minutes])).toEqual([
      ["F7", 75],
    ]);
    const smallCells: Criteria = {
      ...QD366,
      meeting: { ...QD366.meeting, smallCellMaxMembers: 6, smallCellMinDurationMinutes: 60 },
    };
    expect(only(analyze([timed], smallCells), "meeting-duration")).toEqual([]);
  });

  it("documents posted less than a day ahead, where a column records it", () => {
    const issues = analyze([
      sheet(
        "Sinh hoạt 2025",
        ["Tháng", "Ngày sinh hoạt", "Đảng số", "Số dự", "Ngày đăng tài liệu lên Sổ tay đảng viên"],
        [
          [1, "05/01/2025", 20, 19, "05/01/2025"],
          [2, "05/02/2025", 20, 19, "03/02/2025"],
        ],
      ),
    ]);
    expect(
      only(issues, "meeting-date")
        .filter((i) => i.params.variant === "documents")
        .map((i) => i.cell),
    ).toEqual(["E7"]);
  });
});

describe("attendance register (sổ theo dõi đảng viên dự sinh hoạt)", () => {
  const months = Array.from({ length: 6 }, (_, i) => `T${i + 1}`);
  const register = sheet(
    "Theo dõi dự sinh hoạt",
    ["STT", "Họ và tên", ...months, "Ghi chú"],
    [
      [1, "Nguyễn Văn An", "x", "P", "P", "P", "P", "x", null],
      [2, "Trần Thị Bình", "x", "x", "K", "x", "x", "x", null],
      [3, "Lê Văn Cường", "x", "x", "x", "x", "x", "x", null],
      [4, "Phạm Thị Dung", "M", "M", "M", "M", "M", "M", "Miễn sinh hoạt"],
      [5, "Hoàng Văn Em", "Có mặt", "x", "x", "vắng có lý do", "x", "x", null],
      [6, "Vũ Thị Giang", "x", "x", "x", "x", "x", "NV", "Lực lượng vũ trang"],
    ],
  );
  /** The log agrees with the register except in April (it says 4; the register counts 3). */
  const logRows = [5, 4, 3, 4, 4, 4].map((present, i) => [
    i + 1,
    `05/0${i + 1}/2025`,
    "Thường kỳ",
    6,
    1,
    present,
  ]);
  const log = sheet(
    "Sinh hoạt 2025",
    ["Tháng", "Ngày sinh hoạt", "Loại sinh hoạt", "Đảng số", "Được miễn", "Số dự"],
    logRows,
  );

  it("is recognized as an attendance register", () => {
    const analysis = analyzeWorkbook([register], { words: VI });
    expect(analysis.sheets[0]).toMatchObject({ kind: "attendance", headerRows: [6] });
    expect(analysis.sheets[0].columns).toMatchObject({ name: "B", "attendance:1": "C", "attendance:6": "H" });
  });

  it("a streak of four excused absences is absence-streak at the member's row", () => {
    const issues = analyze([register]);
    expect(
      only(issues, "absence-streak").map((i) => [
        i.cell,
        i.severity,
        i.params.count,
        i.params.from,
        i.params.to,
      ]),
    ).toEqual([["B7", "warning", 4, "T2", "T5"]]);
  });

  it("an unexcused absence is reported at its mark", () => {
    const unexcused = only(analyze([register]), "attendance-low").filter(
      (i) => i.params.variant === "unexcused-member",
    );
    expect(unexcused.map((i) => [i.cell, i.params.name, i.params.meeting])).toEqual([
      ["E8", "Trần Thị Bình", "T3"],
    ]);
  });

  it("exempt members and armed forces on duty leave the denominator; low attendance at the meeting's header", () => {
    // T2: 4 present of 5 counted (An excused; Dung exempt is out) → 80% ≤ 85%. T6: 4 of 4 (Giang on duty is out).
    const low = only(analyze([register]), "attendance-low").filter((i) => i.params.variant === undefined);
    expect(low.map((i) => [i.cell, i.params.present, i.params.base])).toEqual([
      ["D6", 4, 5],
      ["E6", 3, 5],
      ["F6", 3, 5],
      ["G6", 4, 5],
    ]);
  });

  it("a month whose count disagrees with the meetings log is cross-sheet-mismatch at that meeting", () => {
    const mismatch = only(analyze([register, log]), "cross-sheet-mismatch");
    expect(
      mismatch.map((i) => [i.sheet, i.cell, i.params.stated, i.params.computed, i.params.otherSheet]),
    ).toEqual([["Theo dõi dự sinh hoạt", "F6", 3, 4, "Sinh hoạt 2025"]]);
  });

  it("a clean register gives none of these issues", () => {
    const clean = sheet(
      "Theo dõi dự sinh hoạt",
      ["STT", "Họ và tên", "Tháng 1", "Tháng 2", "Tháng 3"],
      [
        [1, "Nguyễn Văn An", "x", "P", "x"],
        [2, "Trần Thị Bình", "x", "x", "x"],
        [3, "Lê Văn Cường", "x", "x", "x"],
        [4, "Phạm Thị Dung", "x", "x", "x"],
        [5, "Hoàng Văn Em", "x", "x", "x"],
        [6, "Vũ Thị Giang", "x", "x", "x"],
        [7, "Đỗ Văn Hà", "x", "x", "x"],
      ],
    );
    const issues = analyze([clean]);
    expect(
      issues.filter((i) => ["absence-streak", "attendance-low", "cross-sheet-mismatch"].includes(i.code)),
    ).toEqual([]);
  });
});

describe("members working elsewhere (Quy định 213, Hướng dẫn 33)", () => {
  it("a working member without the residence cell's comment gets residence-comment-missing", () => {
    const issues = analyze([
      sheet(
        "Danh sách",
        ["STT", "Họ và tên", "Nơi công tác", "Nhận xét của chi bộ nơi cư trú", "Xếp loại", "Ghi chú"],
        [
          [1, "Nguyễn Văn An", "UBND phường Đồng Tâm", null, "HTTNV", null],
          [2, "Trần Thị Bình", "Trường THCS Đồng Tâm", "Gương mẫu ở nơi cư trú", "HTTNV", null],
          [3, "Lê Văn Cường", "Nghỉ hưu", null, "HTTNV", null],
          [4, "Phạm Thị Dung", "Bộ CHQS tỉnh", null, "HTTNV", "Lực lượng vũ trang làm nhiệm vụ đặc biệt"],
          [5, "Hoàng Văn Em", "Công ty May 10", "Chưa có", "HTNV", null],
        ],
      ),
    ]);
    expect(only(issues, "residence-comment-missing").map((i) => [i.cell, i.severity, i.params.name])).toEqual(
      [
        ["D7", "warning", "Nguyễn Văn An"],
        ["D11", "warning", "Hoàng Văn Em"],
      ],
    );
  });
});

describe("unverified rules are at most warnings", () => {
  it("a cell rated HTXSNV with members below 100%/80% is a warning under qd366 (the rule is in no text)", () => {
    const members = sheet(
      "Danh sách",
      ["STT", "Họ và tên", "Chi bộ", "Xếp loại"],
      [
        [1, "Nguyễn Văn An", "Chi bộ 1", "HTNV"],
        [2, "Trần Thị Bình", "Chi bộ 1", "HTNV"],
        [3, "Lê Văn Cường", "Chi bộ 1", "HTTNV"],
      ],
    );
    const cells = sheet(
      "Xếp loại chi bộ",
      ["STT", "Tên chi bộ", "Đảng số", "Xếp loại"],
      [[1, "Chi bộ 1", 3, "HTXSNV"]],
    );
    const issues = only(analyze([members, cells]), "collective-level-conflict");
    expect(issues.map((i) => i.severity)).toEqual(["warning"]);
  });
});
