import type { CellValue } from "../../../src/core/grid/types";
import { readUnitInfo, sentenceCase } from "../../../src/core/extract/unit-info";
import { grid, memberSheet, recognize, titleRows } from "../../support/grids";

const MEMBERS = [{ name: "Nguyễn Văn An", level: "HTTNV" }];

function infoOf(title: CellValue[][]) {
  return readUnitInfo([recognize(memberSheet({ members: MEMBERS, title }))]);
}

describe("sentenceCase", () => {
  it("writes titles typed in capitals as names: capitals on the first word and on proper names", () => {
    expect(sentenceCase("ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM")).toBe("Đảng bộ phường Đồng Tâm");
    expect(sentenceCase("CHI BỘ TỔ DÂN PHỐ SỐ 3")).toBe("Chi bộ tổ dân phố số 3");
    expect(sentenceCase("CHI BỘ THÔN NẬM CÁY")).toBe("Chi bộ thôn Nậm Cáy");
    expect(sentenceCase("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")).toBe("Đảng ủy khối các cơ quan tỉnh");
  });

  it("leaves text that is not all capitals as it was typed", () => {
    expect(sentenceCase("Chi bộ Tổ dân phố số 3")).toBe("Chi bộ Tổ dân phố số 3");
    expect(sentenceCase("chi bộ thôn 4")).toBe("chi bộ thôn 4");
  });
});

describe("readUnitInfo", () => {
  it("reads the committee above, the unit, the place and the year from the title rows", () => {
    expect(infoOf(titleRows())).toEqual({
      name: "Chi bộ tổ dân phố số 3",
      parent: "Đảng bộ phường Đồng Tâm",
      place: "Đồng Tâm",
      period: 2025,
    });
  });

  it("takes the year of the title, not that of a date line written the next year", () => {
    const title = titleRows({ year: 2025 });
    title[1][4] = "Đồng Tâm, ngày 10 tháng 01 năm 2026";
    expect(infoOf(title).period).toBe(2025);
  });

  it("takes a year standing alone on a line (“Năm 2024”)", () => {
    expect(infoOf([["CHI BỘ THÔN 4"], ["Năm 2024"], []]).period).toBe(2024);
  });

  it("has no parent where only the unit is named, and no place or year where none is written", () => {
    expect(infoOf([["CHI BỘ THÔN 4"], ["DANH SÁCH ĐẢNG VIÊN"], []])).toEqual({
      name: "Chi bộ thôn 4",
      parent: null,
      place: null,
      period: null,
    });
  });

  it("has an empty name where no title row names a unit", () => {
    expect(infoOf([])).toEqual({ name: "", parent: null, place: null, period: null });
  });

  it("reads legacy-encoded titles decoded", () => {
    // "ĐẢNG BỘ XÃ THUNG NAI" and "CHI BỘ THÔN 4" in TCVN3, as in the shared sample.
    const info = infoOf([
      ["§¶NG Bé X· THUNG NAI"],
      ["CHI Bé TH¤N 4", null, "Thung Nai, ngµy 10 th¸ng 12 n¨m 2025"],
      [],
    ]);
    expect(info).toMatchObject({ name: "Chi bộ thôn 4", parent: "Đảng bộ xã Thung Nai", place: "Thung Nai" });
  });

  it("keeps the first unit found over the sheets, and reads a year from a later sheet", () => {
    const first = recognize(memberSheet({ members: MEMBERS, title: [["CHI BỘ THÔN 4"], []] }));
    const second = recognize(memberSheet({ members: MEMBERS, title: titleRows({ year: 2024 }) }));
    expect(readUnitInfo([first, second])).toMatchObject({
      name: "Chi bộ thôn 4",
      parent: null,
      period: 2024,
    });
  });

  it("reads the first rows of a sheet it could not recognize", () => {
    const unknown = recognize(
      grid("Ghi chép", [["ĐẢNG BỘ XÃ AN BÌNH"], ["CHI BỘ THÔN 1"], ["Ghi chép riêng"]]),
    );
    expect(unknown.info.kind).toBe("unknown");
    expect(readUnitInfo([unknown])).toMatchObject({ name: "Chi bộ thôn 1", parent: "Đảng bộ xã An Bình" });
  });
});
