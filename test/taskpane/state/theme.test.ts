import { isDarkColor } from "../../../src/taskpane/state/theme";

describe("following Office's theme", () => {
  it("takes the Black and Dark Gray themes' backgrounds for dark", () => {
    expect(isDarkColor("#1F1F1F")).toBe(true);
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#444")).toBe(true);
  });

  it("takes the White and Colorful themes' backgrounds, and anything unreadable, for light", () => {
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#F3F3F3")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("dark")).toBe(false);
  });
});
