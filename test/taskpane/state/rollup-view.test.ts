import { createRollup, type FileProgress, type RollupOutcome } from "../../../src/core";
import { t } from "../../../src/i18n";
import {
  STATUS_BADGE,
  acceptedCount,
  capOverUnits,
  expectedFormat,
  filesToAdd,
  initialRollupState,
  progressValue,
  rollupReducer,
  rowsFromEntries,
  safeFileName,
  statusKey,
  type ChosenFile,
  type RollupAction,
  type RollupViewState,
} from "../../../src/taskpane/state/rollup-view";
import { generateUnit } from "../../support/generate-units";
import { DATE, summaryGrids } from "../../core/rollup/helpers";
import { VI } from "../../support/words";

const file = (name: string, size = 100, lastModified = 1): ChosenFile => ({ name, size, lastModified });

function reduce(actions: RollupAction[], start: RollupViewState = initialRollupState()): RollupViewState {
  return actions.reduce(rollupReducer, start);
}

function progress(fileName: string, patch: Partial<FileProgress> = {}): FileProgress {
  return {
    file: fileName,
    unit: "Chi bộ A",
    status: "submitted",
    errors: 0,
    warnings: 0,
    failure: null,
    ...patch,
  };
}

/** A real outcome: two cells of a ward, one of them sent twice, a corrupt file, and a unit that sent nothing. */
async function wardOutcome(): Promise<RollupOutcome> {
  const a = generateUnit({ name: "Chi bộ A", parent: "Đảng bộ X", seed: 1, capSafe: true });
  const b = generateUnit({ name: "Chi bộ B", parent: "Đảng bộ X", seed: 2, capSafe: true });
  const session = createRollup({
    words: VI,
    date: DATE,
    expected: { unit: null, names: ["Chi bộ A", "Chi bộ B", "Chi bộ C"] },
  });
  session.addGrids("a.xlsx", await summaryGrids(a));
  session.addFailure("hong.xlsx", { reason: "corrupt", detail: "bad zip" });
  session.addGrids("b.xlsx", await summaryGrids(b));
  session.addGrids("a-lan-2.xlsx", await summaryGrids(a));
  return session.finish();
}

describe("the roll-up view's state", () => {
  it("lists the files chosen as waiting, leaving out lock files and a file chosen twice", () => {
    const state = reduce([
      { type: "add", files: [file("a.xlsx"), file("~$a.xlsx"), file("b.xlsx")] },
      { type: "add", files: [file("a.xlsx"), file("a.xlsx", 200)] },
    ]);
    expect(state.files.map((f) => [f.name, f.size])).toEqual([
      ["a.xlsx", 100],
      ["b.xlsx", 100],
      ["a.xlsx", 200],
    ]);
    expect(state.rows.map((r) => [r.file, r.status, r.errors])).toEqual([
      ["a.xlsx", "waiting", null],
      ["b.xlsx", "waiting", null],
      ["a.xlsx", "waiting", null],
    ]);
    expect(filesToAdd([file("x.xlsx")], [file("x.xlsx"), file("~$y.xlsx")])).toEqual([]);
  });

  it("shows each file's status as it is read, and the progress", () => {
    const chosen = reduce([
      { type: "add", files: [file("a.xlsx"), file("hong.xlsx"), file("b.xlsx")] },
      { type: "start" },
    ]);
    expect(chosen.running).toBe(true);
    expect(progressValue(chosen)).toBe(0);

    const state = reduce(
      [
        { type: "reading", index: 0 },
        { type: "read", index: 0, progress: progress("a.xlsx", { warnings: 2 }) },
        { type: "reading", index: 1 },
        {
          type: "read",
          index: 1,
          progress: progress("hong.xlsx", {
            unit: "",
            status: "unreadable",
            errors: 1,
            failure: { reason: "corrupt", detail: "x" },
          }),
        },
        { type: "reading", index: 2 },
      ],
      chosen,
    );
    expect(state.rows.map((r) => [r.file, r.unit, r.status, r.errors, r.warnings, r.failure])).toEqual([
      ["a.xlsx", "Chi bộ A", "submitted", 0, 2, null],
      ["hong.xlsx", "", "unreadable", 1, 0, "corrupt"],
      ["b.xlsx", "", "reading", null, null, null],
    ]);
    expect(state.done).toBe(2);
    expect(progressValue(state)).toBeCloseTo(2 / 3);
  });

  it("keeps the inputs as they were while files are read", () => {
    const running = reduce([{ type: "add", files: [file("a.xlsx")] }, { type: "start" }]);
    expect(rollupReducer(running, { type: "add", files: [file("b.xlsx")] })).toBe(running);
    expect(rollupReducer(running, { type: "clear" })).toBe(running);
    expect(rollupReducer(running, { type: "unit-name", name: "Đảng bộ Y" })).toBe(running);
    expect(rollupReducer(running, { type: "start" })).toBe(running);
    const stopped = rollupReducer(running, { type: "stopped" });
    expect(stopped.running).toBe(false);
    expect(stopped.files).toEqual(running.files);
  });

  it("does not start without files", () => {
    const empty = initialRollupState();
    expect(rollupReducer(empty, { type: "start" })).toBe(empty);
  });

  it("takes the final statuses from the outcome (a second file of a unit is a duplicate), then the missing units", async () => {
    const outcome = await wardOutcome();
    const files = ["a.xlsx", "hong.xlsx", "b.xlsx", "a-lan-2.xlsx"].map((name) => file(name));
    const running = reduce([{ type: "add", files }, { type: "start" }]);
    const state = rollupReducer(running, { type: "finished", outcome });
    expect(state.running).toBe(false);
    expect(progressValue(state)).toBe(1);
    expect(state.outcome).toBe(outcome);
    expect(state.rows.map((r) => [r.file, r.unit, r.status])).toEqual([
      ["a.xlsx", "Chi bộ A", "submitted"],
      ["hong.xlsx", "", "unreadable"],
      ["b.xlsx", "Chi bộ B", "submitted"],
      ["a-lan-2.xlsx", "Chi bộ A", "duplicate"],
      [null, "Chi bộ C", "missing"],
    ]);
    expect(state.rows.find((r) => r.file === "hong.xlsx")?.failure).toBe("corrupt");
    // Row keys stay unique and file rows keep their file's index, so a row can remove its file.
    expect(rowsFromEntries(outcome.entries).map((r) => r.key)).toEqual([
      "file:0",
      "file:1",
      "file:2",
      "file:3",
      "missing:Chi bộ C",
    ]);
    expect(acceptedCount(outcome)).toEqual({ accepted: 2, files: 4 });
  });

  it("drops a result as soon as an input changes, so that nothing stale is written", async () => {
    const outcome = await wardOutcome();
    const done = reduce([
      { type: "add", files: [file("a.xlsx"), file("b.xlsx")] },
      { type: "start" },
      { type: "finished", outcome },
    ]);
    for (const action of [
      { type: "unit-name", name: "Đảng bộ Y" },
      { type: "expected", choice: null },
      { type: "remove", index: 0 },
      { type: "add", files: [file("c.xlsx")] },
    ] as RollupAction[]) {
      const next = rollupReducer(done, action);
      expect({ action: action.type, outcome: next.outcome, done: next.done }).toEqual({
        action: action.type,
        outcome: null,
        done: 0,
      });
      expect(next.rows.every((r) => r.status === "waiting")).toBe(true);
    }
    expect(rollupReducer(done, { type: "remove", index: 0 }).files.map((f) => f.name)).toEqual(["b.xlsx"]);
    expect(rollupReducer(done, { type: "remove", index: 5 })).toBe(done);
  });

  it("names every status in both languages and gives it a colour", () => {
    const statuses = Object.keys(STATUS_BADGE) as (keyof typeof STATUS_BADGE)[];
    for (const status of statuses) {
      const key = statusKey(status);
      expect(t("vi", key)).not.toBe(key);
      expect(t("en", key)).not.toBe(t("vi", key));
    }
    expect(STATUS_BADGE.submitted).toBe("success");
    expect(STATUS_BADGE.unreadable).toBe("danger");
    expect(t("vi", statusKey("unreadable"))).toBe("Lỗi đọc tệp");
  });

  it("checks the cap per unit only when the units answer for it themselves", async () => {
    const outcome = await wardOutcome();
    // Cells of one grassroots unit: the cap is checked on the total.
    expect(outcome.capScope).toBe("total");
    expect(capOverUnits(outcome)).toBeNull();

    const committees = createRollup({ words: VI, date: DATE });
    for (const [i, name] of ["Đảng bộ phường A", "Đảng bộ phường B"].entries()) {
      const unit = generateUnit({ name, parent: "Đảng bộ quận Z", seed: 10 + i, members: 40 });
      committees.addGrids(`${i}.xlsx`, await summaryGrids(unit));
    }
    const perUnit = committees.finish();
    expect(perUnit.capScope).toBe("per-unit");
    const cap = capOverUnits(perUnit);
    expect(cap?.checked).toBe(2);
    const over = perUnit.analysis.units.filter((u) => u.members?.cap?.exceeded).length;
    expect(cap?.exceeded).toBe(over);
  });

  it("makes a file name every system accepts", () => {
    expect(safeFileName("Tổng hợp Đảng bộ A/B: 2025?.xlsx")).toBe("Tổng hợp Đảng bộ A B 2025 .xlsx");
    expect(safeFileName("a\u0001b.xlsx")).toBe("a b.xlsx");
    expect(safeFileName("  ..  ")).toBe("chibo.xlsx");
  });

  it("says a doubled phrase of a file name once, and keeps words that only look alike", () => {
    expect(safeFileName("Tổng hợp Tổng hợp 2025.xlsx")).toBe("Tổng hợp 2025.xlsx");
    expect(safeFileName("Tổng hợp tổng hợp 2025.xlsx")).toBe("Tổng hợp 2025.xlsx");
    expect(safeFileName("Tổng hợp Đảng bộ phường Đồng Tâm 2025.xlsx")).toBe(
      "Tổng hợp Đảng bộ phường Đồng Tâm 2025.xlsx",
    );
    // "Tổ" and "Tô" differ by a mark: not a repetition.
    expect(safeFileName("Tổ Tô 3.xlsx")).toBe("Tổ Tô 3.xlsx");
  });

  it("tells how a list of expected units is read from its file name", () => {
    expect(expectedFormat("Danh sach.XLSX")).toBe("xlsx");
    expect(expectedFormat("don-vi.json")).toBe("json");
    expect(expectedFormat("don-vi.txt")).toBe("text");
    expect(expectedFormat("don-vi")).toBe("text");
  });
});
