import { listPresets } from "../../../src/core/criteria";
import { CRITERIA_MARKER_PREFIX, EXTRA_COL, KEY_COL } from "../../../src/core/criteria/sheet-layout";
import { criteriaToSheetSpec } from "../../../src/core/criteria/sheet-write";
import { preset } from "./support";
import { EN, VI } from "../../support/words";

describe("criteriaToSheetSpec", () => {
  const spec = criteriaToSheetSpec(preset("phu-tho-khoi-co-quan"), VI);

  it("is named “Tiêu chí” and carries the marker with the format and id in row 1 of a hidden column", () => {
    expect(spec.name).toBe("Tiêu chí");
    const marker = spec.cells[0][KEY_COL]?.value;
    expect(typeof marker).toBe("string");
    expect(JSON.parse((marker as string).slice(CRITERIA_MARKER_PREFIX.length))).toEqual({
      format: 1,
      id: "phu-tho-khoi-co-quan",
    });
    expect(spec.hiddenColumns).toEqual([KEY_COL, EXTRA_COL]);
  });

  it("prints only the two visible columns, A4 fitted to the width, repeating the table header", () => {
    expect(spec.page).toMatchObject({
      paperSize: "A4",
      fitToWidth: true,
      printArea: `A1:B${spec.cells.length}`,
    });
    const [headerRow] = spec.page.printTitleRows ?? [0];
    expect(spec.cells[headerRow - 1].map((c) => c?.value)).toEqual(["Mục", "Giá trị"]);
  });

  it("opens with the title and every source line", () => {
    const texts = spec.cells.map((row) => row[0]?.value);
    expect(texts[1]).toBe(preset("phu-tho-khoi-co-quan").title);
    for (const source of preset("phu-tho-khoi-co-quan").sources) expect(texts).toContain(source);
  });

  it("writes every text as text (“@”) so that nothing becomes a formula or a number", () => {
    for (const row of spec.cells) {
      for (const cell of row) if (cell && typeof cell.value === "string") expect(cell.numberFormat).toBe("@");
    }
  });

  it("shows the rubric as groups with their codes and indented items, with maxima as numbers", () => {
    const rubricRows = spec.cells.filter(
      (row) =>
        String(row[KEY_COL]?.value ?? "").startsWith("meeting.rubric.") &&
        row[KEY_COL]?.value !== "meeting.rubric.id",
    );
    const shown = rubricRows
      .filter((row) => String(row[KEY_COL]?.value).endsWith("[]"))
      .map((row) => [row[0]?.value, row[1]?.value]);
    expect(shown.slice(0, 3)).toEqual([
      ["I. Công tác chuẩn bị", 15],
      ["    1. Chi ủy họp chuẩn bị nội dung", 8],
      ["    2. Chuẩn bị dự thảo nghị quyết, tài liệu", 7],
    ]);
    expect(shown.filter(([label]) => /^[IVX]+\. /.test(String(label))).map(([, max]) => max)).toEqual([
      15, 20, 45, 20,
    ]);
  });

  it("shows a share of 1 in percent and yes/no in words", () => {
    const byKey = new Map(spec.cells.map((row) => [row[KEY_COL]?.value, row[1]?.value]));
    expect(byKey.get("cap.ratio")).toBe(20);
    expect(byKey.get("meeting.rubric.verified")).toBe("Không");
    expect(byKey.get("section:modelCell")).toBe("Không áp dụng");
  });

  it("writes English labels when asked, with the same keys", () => {
    const english = criteriaToSheetSpec(preset("phu-tho-khoi-co-quan"), EN);
    expect(english.name).toBe("Criteria");
    expect(english.cells.map((row) => row[KEY_COL]?.value).slice(1)).toEqual(
      spec.cells.map((row) => row[KEY_COL]?.value).slice(1),
    );
    expect(english.cells.map((row) => row[0]?.value)).toContain("Minimum attendance (%)");
  });

  it("writes a sheet for every preset with one key row per field", () => {
    for (const criteria of listPresets()) {
      const keys = criteriaToSheetSpec(criteria, VI)
        .cells.map((row) => row[KEY_COL]?.value)
        .filter(Boolean);
      expect(keys).toContain("percentDecimals");
      expect(keys.filter((key) => key === "sources[]")).toHaveLength(criteria.sources.length);
      expect(keys.filter((key) => key === "meeting.grades[]")).toHaveLength(criteria.meeting.grades.length);
    }
  });
});
