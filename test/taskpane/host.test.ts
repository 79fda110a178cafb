import { browserLang } from "../../src/taskpane/host";

describe("the pane's language in a plain browser", () => {
  it("is Vietnamese by default", () => {
    expect(browserLang("")).toBe("vi");
    expect(browserLang("?lang=fr")).toBe("vi");
  });

  it("is English with ?lang=en in the address", () => {
    expect(browserLang("?lang=en")).toBe("en");
    expect(browserLang("?x=1&lang=en-US")).toBe("en");
  });
});
