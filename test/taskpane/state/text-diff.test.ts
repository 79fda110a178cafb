import { diffText, differsOnlyByMarks } from "../../../src/taskpane/state/text-diff";

const marked = (parts: { text: string; differs: boolean }[]) =>
  parts.filter((p) => p.differs).map((p) => p.text);

describe("the difference between a typed text and a level", () => {
  it("marks the letters whose marks differ, letter by letter", () => {
    const diff = diffText("Hoan thanh tot nhiem vu", "Hoàn thành tốt nhiệm vụ");
    expect(marked(diff.typed)).toEqual(["a", "a", "o", "e", "u"]);
    expect(marked(diff.expected)).toEqual(["à", "à", "ố", "ệ", "ụ"]);
    expect(diff.typed.map((p) => p.text).join("")).toBe("Hoan thanh tot nhiem vu");
  });

  it("marks one wrong letter and nothing else", () => {
    const diff = diffText("Hoàn thàng tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
    expect(marked(diff.typed)).toEqual(["g"]);
    expect(marked(diff.expected)).toEqual(["h"]);
  });

  it("compares composed letters: a decomposed “à” is the same letter", () => {
    const decomposed = "Hoa\u0300n thành";
    expect(marked(diffText(decomposed, "Hoàn thành").typed)).toEqual([]);
  });

  it("marks the span between the common start and end when a letter is missing", () => {
    const diff = diffText("Hoàn thàh tốt", "Hoàn thành tốt");
    expect(marked(diff.expected)).toEqual(["n"]);
    expect(marked(diff.typed)).toEqual([]);
  });

  it("tells a difference of marks only from a different word", () => {
    expect(differsOnlyByMarks("Hoan thanh tot", "Hoàn thành tốt")).toBe(true);
    expect(differsOnlyByMarks("Hoàn thàng tốt", "Hoàn thành tốt")).toBe(false);
    expect(differsOnlyByMarks("Hoàn thành tốt", "Hoàn thành tốt")).toBe(false);
  });
});
