import path from "path";
import ExcelJS from "exceljs";
import { decodeLegacy, detectLegacyEncoding, fontLegacyEncoding } from "../../../src/core/text/legacy";
import { nearest } from "../../../src/core/text/suggest";

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");

interface SampleCell {
  readonly address: string;
  readonly row: number;
  readonly text: string;
  readonly font: string | undefined;
}

async function readTexts(file: string): Promise<SampleCell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(SAMPLES, file));
  const cells: SampleCell[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row, rowNumber) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string")
          cells.push({ address: cell.address, row: rowNumber, text: cell.value, font: cell.font?.name });
      }),
    ),
  );
  return cells;
}

function decodeCell(cell: SampleCell): string {
  const font = fontLegacyEncoding(cell.font);
  if (!font) throw new Error(`${cell.address} has no legacy font`);
  return decodeLegacy(cell.text, font.encoding, { capitals: font.capitals });
}

describe("the TCVN3 sample (chi-bo-thon-4-tcvn3.xlsx)", () => {
  let cells: SampleCell[];
  const at = (address: string): SampleCell => {
    const cell = cells.find((c) => c.address === address);
    if (!cell) throw new Error(`no text in ${address}`);
    return cell;
  };

  beforeAll(async () => {
    cells = await readTexts("chi-bo-thon-4-tcvn3.xlsx");
  });

  it("decodes B9 (.VnTime) to the name the expected file gives", async () => {
    const expected = (await import(path.join(SAMPLES, "chi-bo-thon-4-tcvn3.expected.json"))) as {
      decoded: { cell: string; text: string };
    };
    expect(at("B9").font).toBe(".VnTime");
    expect(decodeCell(at(expected.decoded.cell))).toBe(expected.decoded.text);
    expect(expected.decoded.text).toBe("Phạm Thu Sơn");
  });

  it("reads the header in .VnTimeH as capitals", () => {
    expect(fontLegacyEncoding(at("B6").font)).toEqual({ encoding: "tcvn3", capitals: true });
    expect(decodeCell(at("B6"))).toBe("HỌ VÀ TÊN");
    expect(decodeCell(at("C6"))).toBe("NĂM SINH");
    expect(decodeCell(at("F7"))).toBe("ĐẢNG VIÊN TỰ XẾP LOẠI");
    expect(decodeCell(at("G7"))).toBe("CHI BỘ ĐỀ XUẤT");
    expect(decodeCell(at("H7"))).toBe("ĐẢNG ỦY QUYẾT ĐỊNH");
  });

  it("brings the header cells with stray codes within two letters of the intended header", () => {
    // Row 6 writes a few letters with codes that no TCVN3 font gives them (see legacy.ts):
    // decoded by the standard they are one or two letters off, which fuzzy matching absorbs.
    const headers = [
      "Họ và tên",
      "Năm sinh",
      "Chức vụ",
      "Số thẻ đảng viên",
      "Mức xếp loại chất lượng",
      "Ghi chú",
    ];
    const intended: Record<string, string> = {
      D6: "Chức vụ",
      E6: "Số thẻ đảng viên",
      F6: "Mức xếp loại chất lượng",
      I6: "Ghi chú",
    };
    for (const [address, header] of Object.entries(intended)) {
      const match = nearest(decodeCell(at(address)), headers);
      expect(match?.candidate).toBe(header);
      expect(match?.distance).toBeLessThanOrEqual(2);
    }
  });

  it("is detected as TCVN3 from its body texts alone, and cell by cell", () => {
    const body = cells.filter((c) => c.row >= 9 && c.font === ".VnTime").map((c) => c.text);
    expect(body.length).toBeGreaterThan(50);
    expect(detectLegacyEncoding(body)).toBe("tcvn3");
    expect(detectLegacyEncoding(cells.map((c) => c.text))).toBe("tcvn3");
    expect(detectLegacyEncoding([at("B9").text])).toBe("tcvn3");
    expect(detectLegacyEncoding([at("F10").text])).toBe("tcvn3");
  });

  it("does not take its Unicode cells for TCVN3", () => {
    const unicode = cells.filter((c) => /[\u0100-\uffff]/.test(c.text)).map((c) => c.text);
    expect(unicode).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    for (const text of unicode) expect(detectLegacyEncoding([text])).toBeNull();
  });
});

describe("the Unicode samples", () => {
  it.each(["chi-bo-tdp-so-3-2025.xlsx", "dang-bo-phuong-dong-tam-2025.xlsx"])(
    "%s is not taken for a legacy encoding, as a whole or cell by cell",
    async (file) => {
      const texts = (await readTexts(file)).map((c) => c.text);
      expect(texts.some((t) => /[\u0080-\uffff]/.test(t))).toBe(true);
      expect(detectLegacyEncoding(texts)).toBeNull();
      for (const text of texts) expect(detectLegacyEncoding([text])).toBeNull();
    },
  );

  it("chi-bo-tdp-so-3-2025.xlsx holds NFD texts, and they are not taken for legacy either", async () => {
    const nfd = (await readTexts("chi-bo-tdp-so-3-2025.xlsx"))
      .map((c) => c.text)
      .filter((t) => t !== t.normalize("NFC"));
    expect(nfd.length).toBeGreaterThan(0);
    expect(detectLegacyEncoding(nfd)).toBeNull();
  });
});
