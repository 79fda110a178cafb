import { detectLegacyEncoding, fontLegacyEncoding, legacyEvidence } from "../../../src/core/text/legacy";

describe("detectLegacyEncoding", () => {
  it("recognizes the examples of domain.md", () => {
    expect(detectLegacyEncoding(["Céng hoµ x· héi chñ nghÜa ViÖt Nam"])).toBe("tcvn3");
    expect(detectLegacyEncoding(["§¶ng bé Tr\u00adêng"])).toBe("tcvn3");
    expect(detectLegacyEncoding(["Ñoäc laäp - Töï do - Haïnh phuùc"])).toBe("vni");
  });

  it("does not fire on Unicode Vietnamese, NFC or NFD, nor on ASCII", () => {
    const unicode = [
      "Cộng hoà xã hội chủ nghĩa Việt Nam",
      "Độc lập - Tự do - Hạnh phúc",
      "Bí thư chi bộ",
      "Phó Bí thư",
    ];
    expect(detectLegacyEncoding(unicode)).toBeNull();
    expect(detectLegacyEncoding(unicode.map((t) => t.normalize("NFD")))).toBeNull();
    expect(detectLegacyEncoding(["HTTNV", "Tong cong", "10.447431", "(1)", ""])).toBeNull();
    expect(detectLegacyEncoding([])).toBeNull();
  });

  it("does not fire on stray symbols or foreign words", () => {
    expect(
      detectLegacyEncoding(["present ÷ members", "© 2025", "Müller", "José", "45 × 2", "§ 3"]),
    ).toBeNull();
  });

  it("counts words that only read as Vietnamese once decoded", () => {
    expect(legacyEvidence(["Ph¹m Thu S¬n"])).toEqual({ unicode: 0, tcvn3: 2, vni: 0 });
    expect(legacyEvidence(["Phạm Thu Sơn"])).toEqual({ unicode: 2, tcvn3: 0, vni: 0 });
  });

  it("counts a word each time it is written, not once for all", () => {
    expect(legacyEvidence(["Ph¹m S¬n", "Ph¹m Lan", "Ph¹m"])).toEqual({ unicode: 0, tcvn3: 4, vni: 0 });
    expect(legacyEvidence(["Phạm Phạm", "Phạm Ph¹m"])).toEqual({ unicode: 3, tcvn3: 1, vni: 0 });
  });
});

describe("fontLegacyEncoding", () => {
  it("knows TCVN3 fonts and their capitals fonts", () => {
    expect(fontLegacyEncoding(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(fontLegacyEncoding(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(fontLegacyEncoding(".VnArial")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(fontLegacyEncoding(".VnArial NarrowH")).toEqual({ encoding: "tcvn3", capitals: true });
  });

  it("knows VNI fonts", () => {
    expect(fontLegacyEncoding("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(fontLegacyEncoding("VNI-Helve")).toEqual({ encoding: "vni", capitals: false });
  });

  it("says nothing of Unicode fonts or a missing name", () => {
    for (const name of ["Times New Roman", "Calibri", "Arial", "", undefined]) {
      expect(fontLegacyEncoding(name)).toBeNull();
    }
  });
});
