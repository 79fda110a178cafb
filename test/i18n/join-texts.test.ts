import { catalog } from "../../src/i18n";
import { joinTexts } from "../../src/i18n/join-texts";
import { coreText } from "../../src/i18n/vi/core";
import { cliText } from "../../src/i18n/vi/cli";

describe("joining the text areas into one catalog", () => {
  it("gives what a spread gives: every key, in the same order, a later area's key winning", () => {
    const first = { "a.one": "một", "a.two": "hai" };
    const second = { "b.one": "ba", "a.two": "bốn" };
    const joined = joinTexts(first, second);
    expect(joined).toEqual({ ...first, ...second });
    expect(Object.keys(joined)).toEqual(Object.keys({ ...first, ...second }));
    expect(joined["a.two"]).toBe("bốn");
    expect(Object.getPrototypeOf(joined)).toBe(Object.prototype);
  });

  it("holds each area's texts in the catalogs", () => {
    const text: Readonly<Record<string, string>> = catalog("vi").text;
    for (const area of [coreText, cliText])
      for (const [key, value] of Object.entries(area)) expect([key, text[key]]).toEqual([key, value]);
  });

  it('refuses an area with its own "__proto__" key, which Object.assign would turn into a prototype', () => {
    const hostile = JSON.parse('{ "__proto__": { "polluted": "yes" }, "a.one": "một" }') as object;
    expect(() => joinTexts({ "b.one": "hai" }, hostile)).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
