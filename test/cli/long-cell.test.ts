import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clipText } from "../../src/core/summary/clip";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { runCli } from "../support/cli";
import { hostileUnit, LONG_TEXT_LENGTH, longCellWorkbook } from "../support/hostile-units";

const dir = mkdtempSync(join(tmpdir(), "chibo-long-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("a text longer than a cell holds", () => {
  it("summarizes a list with a legal 17,211-character cell, cutting the copy with a notice", async () => {
    const file = join(dir, "long.xlsx");
    writeFileSync(file, await longCellWorkbook(hostileUnit("Chi bộ Tổ dân phố số 4", 4)));
    const before = sha(file);
    const out = join(dir, "long.chibo.xlsx");
    const run = await runCli(["summarize", file, "-o", out]);
    expect(run.code).toBe(0);
    expect(sha(file)).toBe(before);

    const grids = gridsFromBook(await readXlsx(new Uint8Array(readFileSync(out))));
    const check = grids.find((g) => g.name === "Kết quả kiểm tra");
    const cells = check?.rows.flat().filter((v): v is string => typeof v === "string") ?? [];
    expect(Math.max(...cells.map((v) => v.length))).toBeLessThan(32767);
    const clipped = cells.filter((v) => v.includes(`ô gốc có ${LONG_TEXT_LENGTH} ký tự`));
    expect(clipped.length).toBeGreaterThan(0);
  });
});

describe("clipText", () => {
  it("keeps a text that fits and cuts one that does not, within the limit", () => {
    expect(clipText("ngắn", 10, () => "…")).toBe("ngắn");
    const cut = clipText("x".repeat(50), 20, (n) => `…(${n})`);
    expect(cut).toBe("x".repeat(15) + "…(50)");
    expect(cut.length).toBe(20);
  });

  it("never splits a surrogate pair", () => {
    const cut = clipText("a" + "😀".repeat(10), 6, () => "…");
    expect(cut).toBe("a😀😀…");
  });
});
