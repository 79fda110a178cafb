import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeXlsx, oleBytes } from "../support/xlsx-fixtures";
import { runCli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "chibo-bad-"));

function file(name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe("bad input never crashes chibo", () => {
  it("an empty workbook: a message, no results, exit 1 (nothing could be checked)", async () => {
    const path = file("empty.xlsx", await makeXlsx((wb) => wb.addWorksheet("Sheet1")));
    const { code, stdout } = await runCli(["check", "--json", path]);
    const doc = JSON.parse(stdout);
    expect(doc.files[0].results).toEqual({});
    expect(doc.files[0].issues.map((i: { code: string }) => i.code)).toContain("header-not-found");
    expect(code).toBe(1);
  });

  it("sheets full of #REF! and #DIV/0! are reported at their cells", async () => {
    const path = file(
      "errors.xlsx",
      await makeXlsx((wb) => {
        const ws = wb.addWorksheet("DS");
        ws.addRow(["STT", "Họ và tên", "Năm sinh", "Xếp loại", "Ghi chú"]);
        for (let i = 1; i <= 5; i++)
          ws.addRow([
            i,
            `Người ${i}`,
            { formula: "1/0", result: { error: "#DIV/0!" } },
            { formula: "#REF!", result: { error: "#REF!" } },
            "",
          ]);
        const other = wb.addWorksheet("Rác");
        for (let r = 1; r <= 8; r++)
          other.addRow([
            { formula: "#REF!", result: { error: "#REF!" } },
            { formula: "1/0", result: { error: "#DIV/0!" } },
          ]);
      }),
    );
    const { code, stdout } = await runCli(["check", "--json", path]);
    const issues = JSON.parse(stdout).files[0].issues as {
      code: string;
      cell: string | null;
      sheet: string;
    }[];
    expect(issues.filter((i) => i.code === "formula-error" && i.sheet === "DS").map((i) => i.cell)).toEqual(
      expect.arrayContaining(["C2", "D2", "C6", "D6"]),
    );
    expect(code).toBe(1);
  });

  it("a used range of 1,048,576 rows holding 10 real ones reads the 10", async () => {
    const path = file(
      "tall.xlsx",
      await makeXlsx((wb) => {
        const ws = wb.addWorksheet("DS");
        ws.addRow(["STT", "Họ và tên", "Xếp loại"]);
        for (let i = 1; i <= 10; i++) ws.addRow([i, `Đảng viên ${i}`, "Hoàn thành tốt nhiệm vụ"]);
        ws.getCell("A1048576").value = " ";
      }),
    );
    const { code, stdout } = await runCli(["check", "--json", path]);
    const doc = JSON.parse(stdout);
    expect(doc.files[0].results.members.total).toBe(10);
    expect(code).toBe(0);
  });

  it.each([
    ["not an xlsx", "notes.xlsx", "STT;Họ và tên\n1;Nguyễn Văn A\n", /không phải tệp Excel/],
    [
      "a password-protected file",
      "locked.xlsx",
      oleBytes(["EncryptionInfo", "EncryptedPackage"]),
      /mật khẩu/,
    ],
    ["a legacy .xls", "old.xls", oleBytes(["Workbook"]), /định dạng Excel cũ/],
    ["a zero-byte file", "zero.xlsx", new Uint8Array(0), /rỗng/],
  ])("%s gets a clear message and exit 2", async (_label, name, data, message) => {
    const { code, stderr } = await runCli(["check", file(name, data)]);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  it("a missing file, an unknown preset and an unknown command exit 2", async () => {
    expect((await runCli(["check", join(dir, "nope.xlsx")])).code).toBe(2);
    expect((await runCli(["check", "--criteria", "no-such-preset", join(dir, "nope.xlsx")])).stderr).toMatch(
      /chibo presets/,
    );
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  it("--json still prints one document when a file cannot be read", async () => {
    const { code, stdout } = await runCli(["check", "--json", file("bad.xlsx", "nonsense")]);
    const doc = JSON.parse(stdout);
    expect(doc.files[0].error).toMatch(/không phải tệp Excel/);
    expect(code).toBe(2);
  });
});
