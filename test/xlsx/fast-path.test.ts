import { toA1 } from "../../src/core/grid/address";
import type { Grid } from "../../src/core/grid/types";
import { ReadBudget } from "../../src/xlsx/grid-builder";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/limits";
import { readSharedStrings, type CellStyles } from "../../src/xlsx/ooxml-parts";
import { readSheetXml } from "../../src/xlsx/ooxml-sheet";
import type { ZipArchive } from "../../src/xlsx/zip";

/**
 * The lean reader reads plain cells and plain shared strings by a fast path and everything else
 * by its general scanner. A namespace prefix on every tag ("x:c") sends the whole part through
 * the general scanner, so the same part with and without prefixes must read alike, whatever mix
 * of forms the cells take.
 */
const styles: CellStyles = {
  isDate: [false, true],
  fontName: ["Arial", "Times New Roman"],
  defaultFont: "Arial",
};
const strings = ["Họ và tên", "Nguyễn Văn A & B", "HTTNV"];

function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z]+)([\s/>])/g, "<$1x:$2$3")
    .replace("<x:worksheet", '<x:worksheet xmlns:x="urn:x"');
}

function read(xml: string): Grid {
  return readSheetXml(new TextEncoder().encode(xml), "xl/worksheets/sheet1.xml", "Sheet1", {
    strings,
    styles,
    date1904: false,
    budget: new ReadBudget(DEFAULT_READ_LIMITS),
  });
}

function sheet(rows: string): string {
  return `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells></worksheet>`;
}

const MIXED = sheet(
  [
    '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>1</v></c></row>',
    // formulas (plain, shared), an error, an inline string with a phonetic run, a str result
    '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>3.5</v></c><c r="C2" t="e"><v>#REF!</v></c><c r="D2" t="inlineStr"><is><t>Tổ </t><rPh><t>x</t></rPh><t>1</t></is></c><c r="E2" t="str"><f>A1</f><v>Họ</v></c></row>',
    // no r on the row or the cells, white space between tags, entities, spaces inside <v>
    '<row>\n  <c t="s"> <v>1</v> </c>\n  <c><v> 42 </v></c>\n  <c t="str"><v>a &amp; b &#x1EA1;</v></c>\n  <c s="0"/>\n  <c><v></v></c>\n</row>',
    // long digit runs, negatives, exponents, a typed "n", a $-address, a duplicate attribute
    '<row r="6"><c r="$A$6"><v>12345678901234567890</v></c><c r="B6" t="n"><v>-7</v></c><c r="C6"><v>1E3</v></c><c r="D6" s="1" s="0"><v>7</v></c><c r="E6" t="s"><v>99</v></c></row>',
    // an unknown type, a blank shared string, a date style on a whole number, a self-closing row
    '<row r="7"><c r="A7" t="zz"><v>5</v></c><c r="B7" t="s"><v></v></c><c r="C7" s="1"><v>1</v></c></row><row r="8"/>',
    // cells out of order in a row, and a row out of order
    '<row r="10"><c r="C10"><v>3</v></c><c r="A10"><v>1</v></c></row><row r="9"><c r="B9"><v>2</v></c></row>',
  ].join(""),
);

describe("the lean reader's fast path reads as its general scanner does", () => {
  it("a mix of every form of cell", () => {
    const fast = read(MIXED);
    expect(read(prefixed(MIXED))).toEqual(fast);
    // and what it reads is right, not only the same
    expect(fast.rows[0]).toEqual(["Họ và tên", new Date(Date.UTC(2023, 2, 15)), true, "HTTNV"]);
    expect(fast.rows[1]).toEqual([2, 3.5, { error: "#REF!" }, "Tổ 1", "Họ"]);
    expect(fast.rows[2]).toEqual(["Nguyễn Văn A & B", 42, "a & b ạ"]);
    expect(fast.rows[5]).toEqual([12345678901234567000, -7, 1000, 7]);
    // serial 1 in a date format: the day before 1900-01-01 by the Unix-epoch arithmetic ExcelJS used
    expect(fast.rows[6]).toEqual([5, null, new Date(Date.UTC(1899, 11, 31))]);
    expect(fast.rows[8]).toEqual([null, 2]);
    expect(fast.rows[9]).toEqual([1, null, 3]);
    expect(fast.fonts?.B1).toBe("Times New Roman");
    expect(fast.merges).toEqual([{ top: 0, left: 3, bottom: 0, right: 4 }]);
  });

  it.each([
    ["a cell address that is not one", '<row r="1"><c r="A0"><v>1</v></c></row>'],
    ["a row beyond the last", '<row r="1048577"><c><v>1</v></c></row>'],
    ["a cell beyond the last column", '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
  ])("%s is refused the same way on both paths", (_what, rows) => {
    const xml = sheet(rows);
    expect(() => read(xml)).toThrow(/sheet1\.xml/);
    const message = (() => {
      try {
        read(xml);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(() => read(prefixed(xml))).toThrow(message);
  });
});

/** Cell forms, plain and odd, that random sheets are made of. */
const CELL_FORMS: ((ref: string) => string)[] = [
  (r) => `<c r="${r}" t="s"><v>1</v></c>`,
  (r) => `<c r="${r}"><v>42</v></c>`,
  (r) => `<c r="${r}" s="1"><v>45000.5</v></c>`,
  (r) => `<c r="${r}" s="1"><v>45000</v></c>`,
  (r) => `<c r="${r}" t="n"><v>-0.25</v></c>`,
  (r) => `<c r="${r}"><v>1e309</v></c>`,
  (r) => `<c r="${r}" t="b"><v>0</v></c>`,
  (r) => `<c r="${r}" t="e"><v>#N/A</v></c>`,
  (r) => `<c r="${r}" t="str"><v>x &amp; y</v></c>`,
  (r) => `<c r="${r}" t="s"><v> 2 </v></c>`,
  (r) => `<c r="${r}" t="s"><v>7</v></c>`,
  (r) => `<c r="${r}" t="inlineStr"><is><t>tự do</t></is></c>`,
  (r) => `<c r="${r}"><f>A1*2</f><v>84</v></c>`,
  (r) => `<c r="${r}"><f>A1</f></c>`,
  (r) => `<c r="${r}" t="s"/>`,
  (r) => `<c r="${r}"></c>`,
  (r) => `<c r="${r}" s="0" t="s" ><v>0</v> </c>`,
  (r) => `<c r='${r}' t='s'><v>2</v></c>`,
  () => `<c t="s"><v>0</v></c>`,
  () => `<c><v>5</v></c>`,
  (r) => `<c r="${r}" t="s" t="n"><v>1</v></c>`,
  (r) => `<c r="${r}"><v><![CDATA[12]]></v></c>`,
  (r) => `<c r="${r}"><v>1</v><v>2</v></c>`,
  // what the byte path reads itself: text beside plain cells, numbers in every notation, types
  (r) => `<c r="${r}" t="str"><v>Đảng viên ưu tú</v></c>`,
  (r) => `<c r="${r}" t="e"><v>#DIV/0!</v></c>`,
  (r) => `<c r="${r}" t="b"><v>1</v></c>`,
  (r) => `<c r="${r}" t="b"><v>true</v></c>`,
  (r) => `<c r="${r}"><v>-1.5E-3</v></c>`,
  (r) => `<c r="${r}"><v>+7</v></c>`,
  (r) => `<c r="${r}"><v>.5</v></c>`,
  (r) => `<c r="${r}"><v>-0</v></c>`,
  (r) => `<c r="${r}"><v>0.30000000000000004</v></c>`,
  (r) => `<c r="${r}"><v>1e</v></c>`,
  (r) => `<c r="${r}" s="1" t="n"><v>45000.75</v></c>`,
  // attributes the one-pass reader leaves to the general attribute reader
  (r) => `<c r="${r.toLowerCase()}"><v>3</v></c>`,
  (r) => `<c r="${r}"  s="1"><v>4</v></c>`,
  (r) => `<c r="${r}" t="s" s="1"><v>0</v></c>`,
  (r) => `<c r="${r}" s="123456789"><v>1</v></c>`,
  (r) => `<c r="${r}" s="1" cm="1"><v>8</v></c>`,
  // formulas in the forms the byte path reads, and odd ones it leaves to the general scanner
  (r) => `<c r="${r}" t="s"><f>A1</f><v>1</v></c>`,
  (r) => `<c r="${r}" t="s"><f></f><v>1</v></c>`,
  (r) => `<c r="${r}" t="s"><f/><v>1</v></c>`,
  (r) => `<c r="${r}" t="str"><f>B1&amp;"x"</f><v>Tổ 1</v></c>`,
  (r) => `<c r="${r}" s="1"><f t="shared" ref="A1:A9" si="0">A1+1</f><v>45000</v></c>`,
  (r) => `<c r="${r}" t="s"><f t="shared" si="0"/><v>2</v></c>`,
  (r) => `<c r="${r}" t="s"><f t="array" si="0"/><v>2</v></c>`,
  (r) => `<c r="${r}" t="s"><f t="s&#104;ared" si="0"/><v>2</v></c>`,
  (r) => `<c r="${r}" t="b"><f>TRUE()</f><v>1</v></c>`,
  (r) => `<c r="${r}" t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
  (r) => `<c r="${r}"><f>1+1</f>\n <v>2</v> </c>`,
  (r) => `<c r="${r}"><f>A1<!-- x --></f><v>2</v></c>`,
  (r) => `<c r="${r}"><v>2</v><f>A1</f></c>`,
  // inline strings: the plain forms the byte path reads, and the rest
  (r) => `<c r="${r}" t="inlineStr"><is><t xml:space="preserve"> Đảng &amp; ủy </t></is></c>`,
  (r) => `<c r="${r}" t="inlineStr"><is><t></t></is></c>`,
  (r) => `<c r="${r}" t="inlineStr"><is><t/></is></c>`,
  (r) => `<c r="${r}"><is><t>no type</t></is></c>`,
  (r) => `<c r="${r}" t="str"><is><t>str type</t></is></c>`,
  (r) => `<c r="${r}" t="inlineStr"><is><t>a</t></is><v>b</v></c>`,
  (r) => `<c r="${r}" t="inlineStr"><is><r><t>Hoàn </t></r><r><t>thành</t></r></is></c>`,
  (r) => `<c r="${r}" t="inlineStr"><f>A1</f><is><t>x</t></is></c>`,
  (r) => `<c r="${r}" t="inlineStr"> <is><t>sp</t></is> </c>`,
];

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomSheet(seed: number): string {
  const next = random(seed);
  const rows: string[] = [];
  let row = 0;
  for (let i = 0; i < 12; i++) {
    row += 1 + Math.floor(next() * 3);
    const cells: string[] = [];
    let col = 0;
    for (let j = 0; j < 6; j++) {
      col += next() < 0.8 ? 1 : 2;
      const form = CELL_FORMS[Math.floor(next() * CELL_FORMS.length)];
      // Columns past Z (AA…, then ZZ…) in some sheets: addresses of two and three letters.
      cells.push(form(toA1(row - 1, col - 1 + (seed % 3) * 675)));
    }
    const open = next() < 0.15 ? "<row>" : `<row r="${row}" spans="1:6">`;
    rows.push(`${open}${cells.join(next() < 0.2 ? "\n  " : "")}</row>`);
  }
  return sheet(rows.join(""));
}

function outcome(xml: string): unknown {
  try {
    return read(xml);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("random sheets of plain and odd cells", () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))("seed %i reads alike on both paths", (seed) => {
    const xml = randomSheet(seed);
    expect(outcome(xml)).toEqual(outcome(prefixed(xml)));
  });
});

function zipWith(part: string, xml: string): ZipArchive {
  const bytes = new TextEncoder().encode(xml);
  return {
    entries: [],
    entry: () => null,
    raw: () => null,
    stored: () => new Uint8Array(0),
    read: (name) => (name === part ? bytes : null),
  };
}

describe("the shared strings' fast path reads as the general scanner does", () => {
  const SST =
    '<?xml version="1.0"?><sst count="6">' +
    '<si><t>Nguyễn Văn A</t></si><si><t xml:space="preserve"> HTT NV </t></si>' +
    "<si><r><rPr><b/></rPr><t>Hoàn </t></r><r><t>thành</t></r></si>" +
    "<si><t>a &lt; b</t><rPh><t>phonetic</t></rPh></si><si/><si><t/></si>\n<si><t>cuối</t></si></sst>";

  it("plain, preserved, rich, phonetic, empty", () => {
    const fast = readSharedStrings(zipWith("s.xml", SST), "s.xml");
    expect(readSharedStrings(zipWith("s.xml", prefixed(SST)), "s.xml")).toEqual(fast);
    expect(fast).toEqual(["Nguyễn Văn A", " HTT NV ", "Hoàn thành", "a < b", "", "", "cuối"]);
  });
});
