import type { Grid } from "../../../src/core/grid/types";
import { createRollup } from "../../../src/core";
import { countMembers, generateUnit } from "../../support/generate-units";
import { DATE, summaryGrids } from "./helpers";
import { VI } from "../../support/words";

class ReadError extends Error {
  constructor(readonly reason: string) {
    super(`cannot read (${reason})`);
  }
}

describe("a roll-up fed file by file", () => {
  const a = generateUnit({ name: "Chi bộ A", parent: "Đảng bộ X", seed: 1, capSafe: true });
  const b = generateUnit({ name: "Chi bộ B", parent: "Đảng bộ X", seed: 2, capSafe: true });
  let gridsByName: Map<string, Grid[]>;
  beforeAll(async () => {
    gridsByName = new Map([
      ["a", await summaryGrids(a)],
      ["b", await summaryGrids(b)],
    ]);
  });

  /** A reader over fake bytes: the first byte says which workbook, 0 is empty, 9 a password. */
  const readGrids = async (bytes: Uint8Array): Promise<Grid[]> => {
    if (bytes.length === 0) throw new ReadError("empty");
    if (bytes[0] === 9) throw new ReadError("encrypted");
    if (bytes[0] === 8) throw new TypeError("something unexpected");
    return gridsByName.get(bytes[0] === 1 ? "a" : "b") ?? [];
  };

  it("gives each file's status as it is added, then the outcome", async () => {
    const session = createRollup({ words: VI, readGrids, date: DATE });
    const progress = [
      await session.addFile("a.xlsx", new Uint8Array([1])),
      await session.addFile("empty.xlsx", new Uint8Array([])),
      await session.addFile("locked.xlsx", new Uint8Array([9])),
      await session.addFile("odd.xlsx", new Uint8Array([8])),
      await session.addFile("a2.xlsx", new Uint8Array([1])),
      await session.addFile("b.xlsx", new Uint8Array([2])),
    ];
    expect(progress.map((p) => [p.file, p.status, p.failure?.reason ?? null])).toEqual([
      ["a.xlsx", "submitted", null],
      ["empty.xlsx", "unreadable", "empty"],
      ["locked.xlsx", "unreadable", "encrypted"],
      ["odd.xlsx", "unreadable", "corrupt"],
      ["a2.xlsx", "duplicate", null],
      ["b.xlsx", "submitted", null],
    ]);
    expect(session.count).toBe(6);
    const outcome = session.finish();
    expect(outcome.entries.map((e) => e.status)).toEqual(progress.map((p) => p.status));
    expect(outcome.analysis.results.members?.total).toBe(countMembers([a, b]).total);
  });

  it("needs a reader for bytes", async () => {
    await expect(createRollup({ words: VI }).addFile("a.xlsx", new Uint8Array([1]))).rejects.toThrow(
      /readGrids/,
    );
  });
});
