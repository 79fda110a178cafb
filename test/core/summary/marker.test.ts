import {
  decodeMarker,
  decodeRowMarker,
  encodeMarker,
  encodeRowMarker,
  findMarker,
  isChiboSheet,
  MARKER_PREFIX,
  ROW_MARKER_PREFIX,
  SUMMARY_FORMAT_VERSION,
  type SummaryMarker,
} from "../../../src/core/summary/marker";
import { grid } from "../../support/grids";

const MARKER: SummaryMarker = {
  format: SUMMARY_FORMAT_VERSION,
  kind: "members",
  criteria: "qd366-2025",
  unit: "Chi bộ Tổ dân phố số 3",
  parent: "Đảng bộ phường Đồng Tâm",
  period: 2025,
  code: "0123456789abcdef",
  headerRow: 8,
  firstDataRow: 10,
  totalRow: 11,
  markerColumn: 16,
};

describe("summary marker", () => {
  it("round-trips through the text of one cell", () => {
    const text = encodeMarker(MARKER);
    expect(text.startsWith(MARKER_PREFIX)).toBe(true);
    expect(decodeMarker(text)).toEqual(MARKER);
    expect(decodeMarker(encodeMarker({ ...MARKER, parent: null, period: null }))).toEqual({
      ...MARKER,
      parent: null,
      period: null,
    });
  });

  it("reads nothing from other values, broken JSON or a marker missing its fields", () => {
    expect(decodeMarker(null)).toBeNull();
    expect(decodeMarker(undefined)).toBeNull();
    expect(decodeMarker(42)).toBeNull();
    expect(decodeMarker("Tổng hợp")).toBeNull();
    expect(decodeMarker(`${MARKER_PREFIX}{not json`)).toBeNull();
    expect(decodeMarker(`${MARKER_PREFIX}[1,2]`)).toBeNull();
    expect(decodeMarker(`${MARKER_PREFIX}null`)).toBeNull();
    const withoutCode: Partial<SummaryMarker> = { ...MARKER };
    delete withoutCode.code;
    expect(decodeMarker(`${MARKER_PREFIX}${JSON.stringify(withoutCode)}`)).toBeNull();
    expect(decodeMarker(`${MARKER_PREFIX}${JSON.stringify({ ...MARKER, totalRow: "11" })}`)).toBeNull();
    // The prefix must open the cell: text quoting a marker is not one.
    expect(decodeMarker(` ${encodeMarker(MARKER)}`)).toBeNull();
  });

  it("is found anywhere in the first row of a sheet, and makes the sheet ours", () => {
    const ours = grid("TH Đảng viên", [["ĐẢNG BỘ", null, "x", encodeMarker(MARKER)], ["STT"]]);
    expect(findMarker(ours)).toEqual(MARKER);
    expect(isChiboSheet(ours)).toBe(true);
  });

  it("is not looked for below the first row, nor in an empty sheet", () => {
    const user = grid("TH Đảng viên", [["ĐẢNG BỘ"], [encodeMarker(MARKER)]]);
    expect(findMarker(user)).toBeNull();
    expect(isChiboSheet(user)).toBe(false);
    expect(findMarker(grid("Trống", []))).toBeNull();
  });
});

describe("row marker", () => {
  it("round-trips a row's numbers and texts", () => {
    const values = [1, "Chi bộ 1", 24, 0, null, 15.1];
    const text = encodeRowMarker(values);
    expect(text.startsWith(ROW_MARKER_PREFIX)).toBe(true);
    expect(decodeRowMarker(text)).toEqual(values);
  });

  it("reads other kinds of JSON values as empty, and rejects what is not a row marker", () => {
    expect(decodeRowMarker(`${ROW_MARKER_PREFIX}[1,true,{"a":1},"x"]`)).toEqual([1, null, null, "x"]);
    expect(decodeRowMarker(`${ROW_MARKER_PREFIX}{"a":1}`)).toBeNull();
    expect(decodeRowMarker(`${ROW_MARKER_PREFIX}[1,`)).toBeNull();
    expect(decodeRowMarker(encodeMarker(MARKER))).toBeNull();
    expect(decodeRowMarker(12)).toBeNull();
  });
});
