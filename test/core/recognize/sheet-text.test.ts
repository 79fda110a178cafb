import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { looksLegacy, SheetText } from "../../../src/core/recognize/sheet-text";
import { gridsFromBook, readXlsx } from "../../support/exceljs/read";
import { grid } from "../../support/grids";

const SAMPLES = resolve(__dirname, "../../../../shared/samples");

describe("SheetText.text", () => {
  it("gives NFC text for NFD cells, numbers as written and ISO dates", () => {
    const nfd = "Hoàn thành tốt nhiệm vụ".normalize("NFD");
    const text = new SheetText(grid("S", [[nfd, 1972, new Date(Date.UTC(2025, 0, 5)), 15.5]]));
    expect(text.text(0, 0)).toBe("Hoàn thành tốt nhiệm vụ".normalize("NFC"));
    expect(text.text(0, 0)).not.toBe(nfd);
    expect(text.text(0, 1)).toBe("1972");
    expect(text.text(0, 2)).toBe("2025-01-05");
    expect(text.text(0, 3)).toBe("15.5");
  });

  it("tells a cell with text from one without, as text() would, without normalizing", () => {
    const text = new SheetText(
      grid("S", [["Nguyễn Văn An", " \u00a0\t", 0, null, { error: "#N/A" }, "\u00ad"]]),
    );
    const filled = [0, 1, 2, 3, 4, 5, 9].map((c) => text.hasText(0, c));
    expect(filled).toEqual([0, 1, 2, 3, 4, 5, 9].map((c) => text.text(0, c) !== ""));
    expect(filled).toEqual([true, false, true, false, false, true, false]);
    expect(text.width).toBe(6);
  });

  it("tells text from white space of every kind, whatever the cell opens with", () => {
    const cells = ["\u3000\u2003", "\ufeff", "\u1680", "\u3000Lan", "Đảng", "\u00a0x", "ư", "\u2028"];
    const text = new SheetText(grid("S", [cells]));
    const filled = cells.map((_, c) => text.hasText(0, c));
    expect(filled).toEqual(cells.map((value) => value.trim() !== ""));
    expect(filled).toEqual([false, false, false, true, true, true, true, false]);
  });

  it("reads empty, missing and error cells as empty text, and keeps the raw value", () => {
    const text = new SheetText(grid("S", [[null, { error: "#REF!" }]]));
    expect(text.text(0, 0)).toBe("");
    expect(text.text(0, 1)).toBe("");
    expect(text.text(5, 5)).toBe("");
    expect(text.raw(0, 1)).toEqual({ error: "#REF!" });
  });

  it("folds text for matching and gives the first words of long cells", () => {
    const text = new SheetText(grid("S", [["Tổng cộng toàn đảng bộ phường"]]));
    expect(text.folded(0, 0)).toBe("tong cong toan dang bo phuong");
    expect(text.leadingWords(0, 0)).toBe("tong cong toan dang");
    expect(text.leadingWords(0, 1)).toBe("");
  });
});

describe("SheetText legacy decoding", () => {
  // "Phạm Thu Sơn" and "Hoàn thành tốt nhiệm vụ" typed in TCVN3 and read as Latin-1.
  const NAME_TCVN3 = "Ph¹m Thu S¬n";
  const LEVEL_TCVN3 = "Hoµn thµnh tèt nhiÖm vô";

  it("detects TCVN3 by the fonts and decodes each cell by its own font", () => {
    const text = new SheetText(
      grid(
        "DS",
        [
          ["Hä vµ tªn", "Xếp loại"],
          [NAME_TCVN3, LEVEL_TCVN3],
          ["Café", null],
        ],
        {
          fonts: { A1: ".VnTimeH", B1: "Times New Roman", A2: ".VnTime", B2: ".VnTime", A3: "Arial" },
        },
      ),
    );
    expect(text.encoding).toBe("tcvn3");
    // A capitals font draws every letter as a capital.
    expect(text.text(0, 0)).toBe("HỌ VÀ TÊN");
    expect(text.text(1, 0)).toBe("Phạm Thu Sơn");
    expect(text.text(1, 1)).toBe("Hoàn thành tốt nhiệm vụ");
    // Unicode text in a Unicode font is left alone, even on a legacy sheet.
    expect(text.text(0, 1)).toBe("Xếp loại");
    // A Latin-1 word that is not Vietnamese legacy text stays as typed.
    expect(text.text(2, 0)).toBe("Café");
  });

  it("detects TCVN3 by the characters where no font is known", () => {
    const text = new SheetText(grid("DS", [[NAME_TCVN3], [LEVEL_TCVN3], ["Đảng viên"]]));
    expect(text.encoding).toBe("tcvn3");
    expect(text.text(0, 0)).toBe("Phạm Thu Sơn");
    expect(text.text(2, 0)).toBe("Đảng viên");
    expect(text.legacySample).toEqual({ cell: "A1", raw: NAME_TCVN3, decoded: "Phạm Thu Sơn" });
  });

  it("decodes VNI text", () => {
    const text = new SheetText(
      grid("S", [["Ñoäc laäp - Töï do - Haïnh phuùc"]], { fonts: { A1: "VNI-Times" } }),
    );
    expect(text.encoding).toBe("vni");
    expect(text.text(0, 0)).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  it("leaves a Unicode sheet undecoded, with no legacy sample", () => {
    const text = new SheetText(
      grid("S", [["Phạm Thu Sơn", "Nguyễn Văn An"]], { fonts: { A1: "Times New Roman" } }),
    );
    expect(text.encoding).toBeNull();
    expect(text.legacySample).toBeNull();
    expect(text.text(0, 0)).toBe("Phạm Thu Sơn");
  });

  it("reads the shared TCVN3 sample: DS!B9 is “Phạm Thu Sơn”", async () => {
    const book = await readXlsx(readFileSync(resolve(SAMPLES, "chi-bo-thon-4-tcvn3.xlsx")));
    const ds = gridsFromBook(book).find((g) => g.name === "DS");
    if (!ds) throw new Error("no sheet DS in the sample");
    const text = new SheetText(ds);
    expect(text.encoding).toBe("tcvn3");
    expect(ds.rows[8][1]).not.toBe("Phạm Thu Sơn");
    expect(text.text(8, 1)).toBe("Phạm Thu Sơn");
  });
});

describe("SheetText merged header text", () => {
  const sheet = grid(
    "S",
    [
      ["STT", "Mức xếp loại", null, null, "Ghi chú"],
      [null, "Tự xếp loại", "Đề xuất", "Quyết định", null],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 3 },
      ],
    },
  );

  it("reads a merged area's value in every cell of the area", () => {
    const text = new SheetText(sheet);
    expect(text.headerText(1, 0)).toBe("STT");
    expect(text.headerText(0, 3)).toBe("Mức xếp loại");
    expect(text.headerText(1, 2)).toBe("Đề xuất");
  });

  it("reads a cell outside any merged area as itself, and text() ignores merges", () => {
    const text = new SheetText(sheet);
    expect(text.headerText(1, 4)).toBe("");
    expect(text.text(0, 3)).toBe("");
  });
});

describe("looksLegacy", () => {
  /** What it tells, character by character: Latin-1 only, with one character above ASCII. */
  const byCharacters = (value: string) =>
    [...value].every((c) => c.charCodeAt(0) <= 0xff) && [...value].some((c) => c.charCodeAt(0) >= 0x80);

  it("takes Latin-1 text with a character above ASCII for legacy text", () => {
    for (const value of ["Ph¹m V¨n", "Giáo viên", "NguyÔn\nV¨n", "\u0080", "a\u00ff"]) {
      expect(looksLegacy(value)).toBe(true);
      expect(looksLegacy(value)).toBe(byCharacters(value));
    }
  });

  it("does not take ASCII text, or text with a character beyond Latin-1, for legacy text", () => {
    for (const value of ["", "HTTNV", "12.115838", "Vũ Thu Hoa", "Giáo viên ạ", "é\u0100", "\u{1F600}é"]) {
      expect(looksLegacy(value)).toBe(false);
      expect(looksLegacy(value)).toBe(byCharacters(value));
    }
  });
});
