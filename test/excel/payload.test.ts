import {
  bytesPerRow,
  CELL_BUDGET,
  ESTIMATE_MARGIN,
  jsonBytes,
  packBySize,
  PAYLOAD_BUDGET_BYTES,
  planRowSpans,
  utf8Length,
} from "../../src/excel/payload";

test("sizes are counted in UTF-8 bytes, as they travel", () => {
  expect(utf8Length("abc")).toBe(3);
  expect(utf8Length("Đảng")).toBe(new TextEncoder().encode("Đảng").length);
  expect(utf8Length("𝔸")).toBe(4);
  expect(jsonBytes([["Hà Nội", 1]])).toBe(new TextEncoder().encode(JSON.stringify([["Hà Nội", 1]])).length);
  expect(bytesPerRow([])).toBe(0);
  expect(bytesPerRow([["ab"], ["cd"]])).toBeCloseTo(jsonBytes([["ab"], ["cd"]]) / 2);
});

test("a sheet under the budget is one span; past it, spans under the budget that cover every row once", () => {
  expect(planRowSpans(100_000, 3, 24)).toEqual([{ first: 0, count: 100_000 }]);
  const spans = planRowSpans(100_000, 6, 150);
  expect(spans.length).toBeGreaterThan(1);
  expect(spans.reduce((sum, s) => sum + s.count, 0)).toBe(100_000);
  spans.forEach((span, i) => {
    expect(span.count * 150 * ESTIMATE_MARGIN).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    if (i > 0) expect(span.first).toBe(spans[i - 1].first + spans[i - 1].count);
  });
  expect(planRowSpans(0, 3, 10)).toEqual([]);
});

test("the five-million-cell limit splits wide sheets even when their bytes are few", () => {
  const spans = planRowSpans(1_000_000, 10, 1);
  expect(spans.every((s) => s.count * 10 <= CELL_BUDGET)).toBe(true);
  expect(spans.length).toBeGreaterThan(1);
});

test("packing keeps order and opens a new batch only when the budget would be passed", () => {
  const half = PAYLOAD_BUDGET_BYTES / ESTIMATE_MARGIN / 2;
  expect(packBySize([1, 2, 3], () => 10)).toEqual([[1, 2, 3]]);
  expect(packBySize(["a", "b", "c"], () => half * 0.9)).toEqual([["a", "b"], ["c"]]);
  expect(packBySize([], () => 1)).toEqual([]);
});
