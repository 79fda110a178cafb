import { isAscii } from "node:buffer";
import { runInNewContext } from "node:vm";
import { asciiOnly, escapeNonAscii } from "../../scripts/ascii-bundle";

/** Runs a CommonJS-like fragment and gives what it exported. */
function evaluate(source: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(source, { module, exports: module.exports });
  return module.exports;
}

describe("making the CLI bundle ASCII-only", () => {
  it("escapes Vietnamese texts, names, patterns and comments into code that gives the same values", () => {
    const source = [
      "// Tổng hợp: chú thích tiếng Việt",
      "/* “Đảng ủy” – khối */",
      'const tổng = "Hoàn thành tốt nhiệm vụ";',
      "const mẫu = `Chi bộ ${tổng.length} — “Xếp loại”`;",
      "const plain = /^(tổng cộng|tổng số)[:.\\-–]?$/i;",
      "const unicode = /^\\p{Lu}[\\p{L}'’-]*$/u;",
      "const astral = /^😀+$/u;",
      "module.exports = {",
      "  tổng, mẫu, 'khóa đặc biệt': 'ư\\n',",
      "  plain: [plain.test('Tổng số'), plain.test('tổng cộng–'), plain.test('tong so')],",
      "  unicode: [unicode.test('Nguyễn'), unicode.test('Ông’s'), unicode.test('nguyễn')],",
      "  astral: [astral.test('😀😀'), astral.test('\\ud83d')], emoji: '😀', length: '😀'.length,",
      "};",
    ].join("\n");
    const escaped = asciiOnly(source);
    expect(isAscii(Buffer.from(escaped, "latin1"))).toBe(true);
    expect(escaped).toContain("t\\u1ed5ng");
    expect(escaped).toContain("\\ud83d\\ude00");
    const was = evaluate(source);
    expect(was.tổng).toBe("Hoàn thành tốt nhiệm vụ");
    expect(was.plain).toEqual([true, true, false]);
    expect(was.unicode).toEqual([true, true, false]);
    expect(was.astral).toEqual([true, false]);
    expect(evaluate(escaped)).toEqual(was);
  });

  it("leaves an ASCII source as it is", () => {
    const source = "module.exports = { a: 'x\\u00e9', b: /\\d+/u };";
    expect(asciiOnly(source)).toBe(source);
    expect(escapeNonAscii("Đ😀a")).toBe("\\u0110\\ud83d\\ude00a");
  });

  it("refuses what the escape would change: a backslash before the letter, U+2028, a tagged template", () => {
    // "\đ" is "đ" but "\\u0111" is a backslash and "u0111".
    expect(() => asciiOnly('module.exports = "\\đ";')).toThrow(/backslash/);
    expect(() => asciiOnly("module.exports = /\\đ/;")).toThrow(/backslash/);
    // U+2028 ends a line comment; its escape would comment out the code after it.
    expect(() => asciiOnly("// note\u2028module.exports = 1;")).toThrow(/U\+2028/);
    // String.raw sees the raw text, which the escape changes.
    expect(() => asciiOnly("module.exports = String.raw`đ`;")).toThrow(/tagged template/);
    expect(asciiOnly("module.exports = String.raw`\\d`; // đ")).toContain("String.raw`\\d`");
  });

  it("refuses a character the escape cannot stand for outside strings (a no-break space between tokens)", () => {
    const source = "const a\u00a0= 1;\nmodule.exports = a;";
    expect(evaluate(source)).toBe(1);
    expect(() => asciiOnly(source)).toThrow(/does not parse/);
  });
});
