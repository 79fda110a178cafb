import type { CellValue, Grid } from "../../src/core/grid/types";
import { plainDecimal } from "../../src/xlsx/decimal-bytes";
import { ReadBudget, SheetBuilder } from "../../src/xlsx/grid-builder";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/limits";
import type { CellStyles } from "../../src/xlsx/ooxml-parts";
import { readSheetXml } from "../../src/xlsx/ooxml-sheet";
import { ByteXmlCursor } from "../../src/xlsx/xml-bytes";
import { XmlCursor } from "../../src/xlsx/xml-scan";

/**
 * The lean reader reads a worksheet from its UTF-8 bytes: plain cells by its fast path (numbers
 * from their digits, addresses and styles in one pass), the rest by a byte cursor. Each case here
 * is read both ways (as written, and with a namespace prefix on every tag, which sends every cell
 * to the general scanner) and against what the value must be.
 */
const styles: CellStyles = { isDate: [false, true], fontName: ["Arial", "Arial"], defaultFont: "Arial" };
const strings = ["Họ và tên", "Nguyễn Văn A"];
const encoder = new TextEncoder();

function readBytes(bytes: Uint8Array): Grid {
  return readSheetXml(bytes, "xl/worksheets/sheet1.xml", "Sheet1", {
    strings,
    styles,
    date1904: false,
    budget: new ReadBudget(DEFAULT_READ_LIMITS),
  });
}

function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z]+)([\s/>])/g, "<$1x:$2$3")
    .replace("<x:worksheet", '<x:worksheet xmlns:x="u"');
}

function sheet(cells: string): string {
  return `<?xml version="1.0"?><worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
}

/** The first row as read, checked equal on both paths. */
function firstRow(cells: string): readonly CellValue[] {
  const xml = sheet(cells);
  const fast = readBytes(encoder.encode(xml));
  expect(readBytes(encoder.encode(prefixed(xml)))).toEqual(fast);
  return fast.rows[0] ?? [];
}

describe("cells read from the bytes", () => {
  it("text with non-ASCII letters, and the plain cells after it at their own columns", () => {
    expect(
      firstRow(
        '<c r="A1" t="str"><v>Đảng viên &amp; ưu tú</v></c><c r="B1"><v>5</v></c><c r="C1" t="s"><v>1</v></c>',
      ),
    ).toEqual(["Đảng viên & ưu tú", 5, "Nguyễn Văn A"]);
    // an inline string (general scanner) then a plain cell
    expect(firstRow('<c r="A1" t="inlineStr"><is><t>Tổ 1</t></is></c><c r="B1"><v>6</v></c>')).toEqual([
      "Tổ 1",
      6,
    ]);
  });

  it("addresses past column Z, with $ and in lower case", () => {
    const row = firstRow('<c r="AB1"><v>1</v></c><c r="$AD$1"><v>2</v></c><c r="af1"><v>3</v></c>');
    expect(row.length).toBe(32);
    expect([row[27], row[29], row[31]]).toEqual([1, 2, 3]);
    expect(firstRow('<c r="XFD1"><v>9</v></c>')[16383]).toBe(9);
  });

  it.each([
    "-7",
    "-1.25",
    "1E3",
    "1.5e-7",
    "2.5E+10",
    "+7",
    ".5",
    "5.",
    "-0",
    "007",
    "0.1",
    "0.30000000000000004",
    "123456789012345678",
    "9007199254740993",
    "9007199254740992",
    "9007199254740993e-5",
    "1e22",
    "1e23",
    "4.35E-320",
    "1e",
    "12abc",
    "0x10",
    " 42",
    "Infinity",
  ])("the number %s as parseFloat reads it", (text) => {
    const expected = parseFloat(text);
    const [value] = firstRow(`<c r="A1"><v>${text}</v></c>`);
    expect(Object.is(value, Number.isFinite(expected) ? expected : "NaN")).toBe(true);
  });

  it("a number in a date format as the day it shows; booleans; errors", () => {
    expect(firstRow('<c r="A1" s="1"><v>45000.75</v></c><c r="B1" s="1"><v>-1</v></c>')).toEqual([
      new Date(Date.UTC(2023, 2, 15, 18)),
      new Date(Date.UTC(1899, 11, 29)),
    ]);
    expect(firstRow('<c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="b"><v>00</v></c>')).toEqual([
      true,
      false,
      false,
    ]);
    expect(firstRow('<c t="e"><v>#DIV/0!</v></c><c t="e"><v>#N/A</v></c>')).toEqual([
      { error: "#DIV/0!" },
      { error: "#N/A" },
    ]);
  });

  it("a formula's cached result, as the general scanner reads it", () => {
    expect(
      firstRow(
        '<c t="s"><f>A1</f><v>1</v></c><c t="s"><f></f><v>1</v></c><c t="s"><f t="shared" si="0"/><v>1</v></c>' +
          '<c t="s"><f t="array" ref="D1"/><v>1</v></c><c s="1"><f>A1+1</f><v>45000</v></c><c><f>A1</f></c>' +
          '<c t="str"><f>B1</f><v>Đ &amp; A</v></c><c><f>F1</f><v>-2.5</v></c>',
      ),
    ).toEqual([
      "1",
      "Nguyễn Văn A",
      "1",
      "Nguyễn Văn A",
      new Date(Date.UTC(2023, 2, 15)),
      null,
      "Đ & A",
      -2.5,
    ]);
  });

  it("inline strings, plain and preserved, beside plain cells", () => {
    expect(
      firstRow(
        '<c t="inlineStr"><is><t>Tổ 1 &amp; 2</t></is></c><c><v>3</v></c>' +
          '<c t="inlineStr"><is><t xml:space="preserve"> x </t></is></c><c t="inlineStr"><is><t></t></is></c>' +
          '<c><is><t>no type</t></is></c><c t="inlineStr"><is><t>a</t><t>b</t></is></c><c><v>4</v></c>',
      ),
    ).toEqual(["Tổ 1 & 2", 3, " x ", "", null, "ab", 4]);
  });

  it("style numbers in every way they are written", () => {
    // s=1 is a date format: each cell shows a date only if its style number was read as 1
    const row = firstRow(
      '<c r="A1" s="1"><v>1</v></c><c r="B1" s="01"><v>1</v></c><c r="C1"  s="1"><v>1</v></c>' +
        '<c r="D1" t="n" s="1"><v>1</v></c><c r="E1" s="1x"><v>1</v></c><c r="F1" s="100000000001"><v>1</v></c>',
    );
    const date = new Date(Date.UTC(1899, 11, 31));
    expect(row).toEqual([date, date, date, date, date, 1]);
  });

  it("the common cell, and the same cells in the forms its quickest path hands over, read alike", () => {
    const common =
      '<c r="A1" s="1" t="s"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" t="n"><v>2.5</v></c>' +
      '<c r="D1" s="1"/><c r="E1" t="s"><v>7</v></c><c r="F1"><v>-3</v></c>';
    const row = firstRow(common);
    expect(row).toEqual(["Nguyễn Văn A", new Date(Date.UTC(1900, 0, 1)), 2.5, null, null, -3]);
    for (const variant of [
      // attributes in another order, doubled spaces, a space before '>'
      '<c t="s" s="1" r="A1"><v>1</v></c><c r="B1"  s="1"><v>2</v></c><c r="C1" t="n" ><v>2.5</v></c>',
      // an index longer than 15 digits, white space between the tags, a number parseFloat reads
      '<c r="A1" s="1" t="s"><v>0000000000000001</v></c><c r="B1" s="1"> <v>2</v> </c><c r="C1"><v> 2.5</v></c>',
      // a shared string's cell with an empty value, another type, a formula
      '<c r="A1" s="1" t="s"><v>1</v></c><c r="B1" s="1"><f>1+1</f><v>2</v></c><c r="C1" t="n"><v>25e-1</v></c>',
    ]) {
      const cells = `${variant}<c r="D1" s="1" t="s"><v></v></c><c r="E1" t="s"><v>7</v></c><c r="F1" t="n"><v>-3</v></c>`;
      expect(firstRow(cells)).toEqual(row);
    }
  });

  it("a byte order mark before the declaration is no part of the sheet", () => {
    const xml = sheet('<c r="A1"><v>1</v></c>');
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(xml)]);
    expect(readBytes(marked)).toEqual(readBytes(encoder.encode(xml)));
  });

  it("a byte that is not UTF-8 reads as decoding the whole part reads it", () => {
    const xml = sheet('<c r="A1" t="str"><v>a#b</v></c><c r="B1"><v>2</v></c>');
    const bytes = encoder.encode(xml);
    bytes[xml.indexOf("#")] = 0xff;
    const row = readBytes(bytes).rows[0];
    const decoded = new TextDecoder().decode(bytes);
    expect(row).toEqual([decoded.slice(decoded.indexOf("a\ufffdb"), decoded.indexOf("a\ufffdb") + 3), 2]);
    expect(row?.[0]).toBe("a\ufffdb");
  });
});

describe("plainDecimal", () => {
  /** A small seeded generator, so that a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  function digitsOf(next: () => number, count: number): string {
    let text = "";
    for (let i = 0; i < count; i++) text += String(Math.floor(next() * 10));
    return text;
  }

  it("gives parseFloat's number, or NaN to leave it to parseFloat, for 20,000 random numbers", () => {
    const next = random(7);
    let read = 0;
    for (let i = 0; i < 20000; i++) {
      const sign = ["", "-", "+"][Math.floor(next() * 3)];
      const whole = digitsOf(next, Math.floor(next() * 12));
      const fraction = next() < 0.6 ? `.${digitsOf(next, Math.floor(next() * 12))}` : "";
      const exponent =
        next() < 0.3 ? `${next() < 0.5 ? "e" : "E"}${["", "-", "+"][i % 3]}${Math.floor(next() * 30)}` : "";
      const text = `${sign}${whole}${fraction}${exponent}`;
      const value = plainDecimal(encoder.encode(text), 0, text.length);
      if (Number.isNaN(value)) continue;
      read++;
      if (!Object.is(value, parseFloat(text))) throw new Error(`${text}: ${value} ≠ ${parseFloat(text)}`);
    }
    // most of them are read here, not left to parseFloat
    expect(read).toBeGreaterThan(10000);
  });

  it("leaves what it cannot read exactly to parseFloat", () => {
    for (const text of [
      "",
      "-",
      ".",
      "1e",
      "1e+",
      "1 ",
      " 1",
      "1,5",
      "9007199254740993",
      "1e23",
      "1e-23",
      "0x1",
      "1e99999",
    ]) {
      expect(plainDecimal(encoder.encode(text), 0, text.length)).toBeNaN();
    }
    expect(plainDecimal(encoder.encode("<v>12.5</v>"), 3, 7)).toBe(12.5);
  });
});

describe("the byte cursor walks a part as the text cursor does", () => {
  type Step = unknown[];

  function walk(cursor: XmlCursor | ByteXmlCursor): Step[] {
    const steps: Step[] = [];
    try {
      while (cursor.next()) {
        const cell = { r: null as string | null, s: null as string | null, t: null as string | null };
        cursor.cellAttributes(cell);
        steps.push([
          cursor.name,
          cursor.closing,
          cursor.selfClosing,
          cursor.attr("r"),
          cursor.attr("ref"),
          cell,
          cursor.text(),
        ]);
      }
    } catch (error) {
      steps.push([(error as Error).message]);
    }
    return steps;
  }

  it.each([
    ['<?xml version="1.0"?><a x="1" r=\'ạ &amp; b\'><b/>text &lt; ờ<c r="B2" s="3" t="s"></c></a>'],
    ["<x:c r = \"A1\" t='str'><x:v>Tổ<![CDATA[ <1> ]]>x<!-- c --></x:v></x:c>"],
    ['<a>&#x1EA1;&#7841;&bogus;</a><mergeCell ref="A1:B2"/>'],
    ['<c r="A1" s="1" s="2">'],
    ["<a><!DOCTYPE x></a>"],
    ["<a><!-- open"],
    ["<a b='1"],
    ["< a>"],
    ["<?pi"],
  ])("%s", (xml) => {
    expect(walk(new ByteXmlCursor(encoder.encode(xml), "p"))).toEqual(walk(new XmlCursor(xml, "p")));
  });
});

describe("the grid builder keeps rows as their values while they come left to right", () => {
  function build(
    cells: [number, number, CellValue][],
    merges: [number, number, number, number][] = [],
  ): Grid {
    const builder = new SheetBuilder("S", new ReadBudget(DEFAULT_READ_LIMITS), () => null);
    for (const [row, col, value] of cells) builder.add(row, col, value, -1);
    for (const [top, left, bottom, right] of merges) builder.addMerge({ top, left, bottom, right });
    return builder.finish();
  }

  it("gaps, a column written twice, out of order, far right, a merge over the last value", () => {
    const grid = build(
      [
        [0, 1, "b"],
        [0, 3, "d"],
        [1, 2, 1],
        [1, 0, 2],
        [1, 2, 3],
        [2, 0, 1],
        [2, 2000, 2],
        [3, 0, "x"],
        [3, 1, "  "],
        [4, 0, "m"],
        [4, 1, "covered"],
      ],
      [[4, 0, 4, 1]],
    );
    expect(grid.rows[0]).toEqual([null, "b", null, "d"]);
    expect(grid.rows[1]).toEqual([2, null, 3]);
    expect(grid.rows[2]?.length).toBe(2001);
    expect([grid.rows[2]?.[0], grid.rows[2]?.[2000], 5 in (grid.rows[2] ?? [])]).toEqual([1, 2, false]);
    expect(grid.rows[3]).toEqual(["x"]);
    expect(grid.rows[4]).toEqual(["m"]);
  });
});
