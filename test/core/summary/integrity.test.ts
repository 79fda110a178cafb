import { canonicalRows, integrityCode } from "../../../src/core/summary/integrity";

const TABLE: (string | number | null)[][] = [
  ["members", "Chi bộ 3", "2025"],
  [1, "Chi bộ 3", 24, 1, 0, 23, 3, 13, 15, 65.2, 4, 17.4, 1, 4.3, 3, "Đúng quy định"],
  [null, "Tổng cộng", 24, 1, 0, 23, 3, 13, 15, 65.2, 4, 17.4, 1, 4.3, 3, "Đúng quy định"],
];

const codeOf = (rows: (string | number | null)[][]) => integrityCode(canonicalRows(rows));

describe("integrityCode", () => {
  it("is 16 hex digits and the same for the same table", () => {
    const code = codeOf(TABLE);
    expect(code).toMatch(/^[0-9a-f]{16}$/);
    expect(codeOf(TABLE.map((row) => [...row]))).toBe(code);
  });

  it("changes when any number of the table changes, by any amount", () => {
    const code = codeOf(TABLE);
    TABLE.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== "number") return;
        for (const delta of [1, -1, 0.1]) {
          const edited = TABLE.map((line) => [...line]);
          edited[r][c] = value + delta;
          expect(codeOf(edited)).not.toBe(code);
        }
      }),
    );
  });

  it("changes when a text, the unit or the period changes, or when cells move", () => {
    const code = codeOf(TABLE);
    const renamed = TABLE.map((line) => [...line]);
    renamed[0][1] = "Chi bộ 4";
    expect(codeOf(renamed)).not.toBe(code);
    const period = TABLE.map((line) => [...line]);
    period[0][2] = "2024";
    expect(codeOf(period)).not.toBe(code);
    // The same values split differently between two cells.
    expect(codeOf([["1", "23"]])).not.toBe(codeOf([["12", "3"]]));
    expect(codeOf([["a"], ["b"]])).not.toBe(codeOf([["a", "b"]]));
  });
});

describe("canonicalRows", () => {
  it("writes numbers the same however a host stored them", () => {
    expect(canonicalRows([[15.0, 0.1 + 0.2]])).toBe(canonicalRows([[15, 0.3]]));
    expect(canonicalRows([[65.2]])).toBe("65.2");
  });

  it("keeps numbers that differ in the sixth decimal apart, and an empty cell apart from 0", () => {
    expect(canonicalRows([[1.000001]])).not.toBe(canonicalRows([[1]]));
    expect(canonicalRows([[null]])).not.toBe(canonicalRows([[0]]));
  });
});
