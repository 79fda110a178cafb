import { makeIssue, type Issue } from "../../../src/core/issues/issue";
import {
  countBySeverity,
  filterIssues,
  groupIssues,
  issueKey,
  type ShownIssue,
} from "../../../src/taskpane/state/issue-list";

function shown(issue: Issue, message: string, index: number): ShownIssue {
  return { issue, message, key: issueKey(issue, index) };
}

const ISSUES: ShownIssue[] = [
  shown(
    makeIssue("invalid-level", { sheet: "Danh sách ĐV", cell: "H29", value: "Hoàn thàng tốt nhiệm vụ" }),
    "“Hoàn thàng tốt nhiệm vụ” không phải mức xếp loại hợp lệ",
    0,
  ),
  shown(makeIssue("meeting-count", { sheet: "Sinh hoạt 2025" }), "Thiếu buổi sinh hoạt chuyên đề quý 3.", 1),
  shown(makeIssue("duplicate-member", { sheet: "Danh sách ĐV", cell: "E21" }), "Đảng viên trùng số thẻ", 2),
  shown(makeIssue("legacy-encoding", { sheet: "Danh sách ĐV", cell: null }), "Bảng mã cũ TCVN3", 3),
  shown(makeIssue("unknown-sheet", { sheet: "Ghi chú" }), "Trang không nhận ra", 4),
];

describe("issue list", () => {
  it("counts issues by severity", () => {
    expect(countBySeverity(ISSUES.map((s) => s.issue))).toEqual({ error: 2, warning: 2, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("filters by severity", () => {
    expect(filterIssues(ISSUES, "error", "").map((s) => s.issue.code)).toEqual([
      "invalid-level",
      "duplicate-member",
    ]);
    expect(filterIssues(ISSUES, "all", "")).toHaveLength(ISSUES.length);
  });

  it("finds text typed without diacritics in messages, cells and values", () => {
    expect(filterIssues(ISSUES, "all", "hoan thang").map((s) => s.issue.cell)).toEqual(["H29"]);
    expect(filterIssues(ISSUES, "all", "e21").map((s) => s.issue.code)).toEqual(["duplicate-member"]);
    expect(filterIssues(ISSUES, "all", "CHUYEN DE").map((s) => s.issue.code)).toEqual(["meeting-count"]);
  });

  it("finds nothing for text no issue holds, or a severity the text is not in", () => {
    expect(filterIssues(ISSUES, "all", "không có ở đâu")).toEqual([]);
    expect(filterIssues(ISSUES, "info", "trùng")).toEqual([]);
  });

  it("groups by sheet in order of first appearance, then by severity from errors down", () => {
    const groups = groupIssues(ISSUES);
    expect(groups.map((g) => g.sheet)).toEqual(["Danh sách ĐV", "Sinh hoạt 2025", "Ghi chú"]);
    const first = groups[0];
    expect(first.groups.map((g) => g.severity)).toEqual(["error", "warning"]);
    expect(first.groups[0].issues.map((s) => s.issue.cell)).toEqual(["H29", "E21"]);
    expect(first.counts).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it("gives every issue a distinct key, even two at the same cell with the same code", () => {
    const twice = makeIssue("invalid-level", { sheet: "A", cell: "B2" });
    expect(issueKey(twice, 0)).not.toEqual(issueKey(twice, 1));
  });
});
