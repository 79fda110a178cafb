import { normalizeText } from "../../../src/core/text/normalize";

describe("normalizeText", () => {
  it("composes NFD text to NFC", () => {
    const nfd = "Nguye\u0302\u0303n Va\u0306n A";
    expect(normalizeText(nfd)).toBe("Nguyễn Văn A".normalize("NFC"));
    expect(normalizeText(nfd)).not.toBe(nfd);
  });

  it("reads non-breaking spaces, tabs and line breaks as one space, collapsed and trimmed", () => {
    expect(normalizeText("\u00a0 Hoàn\tthành \n\r tốt\u00a0\u00a0nhiệm vụ  ")).toBe(
      "Hoàn thành tốt nhiệm vụ",
    );
    expect(normalizeText("   ")).toBe("");
  });

  it("returns canonical ASCII unchanged", () => {
    const text = "HTTNV (2025)";
    expect(normalizeText(text)).toBe(text);
  });

  it("keeps letters, case, punctuation and the soft hyphen (ư in TCVN3)", () => {
    expect(normalizeText("§¶ng bé Tr\u00adêng")).toBe("§¶ng bé Tr\u00adêng");
    expect(normalizeText("ĐẢNG Bộ, Chi bộ.")).toBe("ĐẢNG Bộ, Chi bộ.");
  });
});
