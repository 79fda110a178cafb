import {
  decodeMarker,
  encodeMarker,
  findMarker,
  SUMMARY_FORMAT_VERSION,
  withAppVersion,
  type SummaryMarker,
} from "../../../src/core/summary/marker";
import { specValues, type SheetSpec } from "../../../src/core/summary/spec";

const MARKER: SummaryMarker = {
  format: SUMMARY_FORMAT_VERSION,
  kind: "members",
  criteria: "qd366-2025",
  unit: "Chi bộ Tổ dân phố số 3",
  parent: null,
  period: 2025,
  code: "0123456789abcdef",
  headerRow: 8,
  firstDataRow: 10,
  totalRow: 11,
  markerColumn: 3,
};

function spec(name: string, firstRow: SheetSpec["cells"][number]): SheetSpec {
  return {
    name,
    cells: [firstRow, [{ value: "Tổng cộng" }, { value: 24 }]],
    merges: [],
    columnWidths: [],
    hiddenColumns: [],
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

describe("the version of chibo in the summary marker", () => {
  const ours = spec("TH Đảng viên", [
    { value: "ĐẢNG BỘ" },
    undefined,
    undefined,
    { value: encodeMarker(MARKER) },
  ]);
  const criteria = spec("Tiêu chí", [{ value: "chibo-summary: not JSON" }]);

  it("is added to the marker of each of our sheets, the rest of the sheet unchanged", () => {
    const [stamped, other] = withAppVersion([ours, criteria], "0.1.0");
    const marker = findMarker({ name: stamped.name, rows: specValues(stamped) });
    expect(marker).toEqual({ ...MARKER, app: "0.1.0" });
    expect(stamped.cells.slice(1)).toEqual(ours.cells.slice(1));
    expect(stamped.cells[0].slice(0, 3)).toEqual(ours.cells[0].slice(0, 3));
    // A sheet that is not ours is passed through as it is.
    expect(other).toBe(criteria);
    // The input specs are not changed.
    expect(decodeMarker(ours.cells[0][3]?.value ?? undefined)?.app).toBeUndefined();
  });

  it("is refused when it is not text, as a hand-edited marker may have it", () => {
    const edited = encodeMarker(MARKER).replace(/\}$/, ',"app":{"x":1}}');
    expect(decodeMarker(edited)).toBeNull();
    expect(decodeMarker(encodeMarker({ ...MARKER, app: "0.1.0" }))?.app).toBe("0.1.0");
  });
});
