import { NotesReader } from "../../../src/core/extract/notes";
import { preset } from "../../support/grids";

const qd366 = new NotesReader(preset("qd366-2025"));
const hd21 = new NotesReader(preset("hd21-2019"));

describe("NotesReader", () => {
  it("names the exclusion a note gives, with or without accents", () => {
    expect(qd366.read("Mới kết nạp chưa đủ 6 tháng").exclusion).toBe("Đảng viên mới kết nạp chưa đủ 6 tháng");
    expect(qd366.read("MIỄN CÔNG TÁC VÀ SINH HOẠT ĐẢNG").exclusion).toBe(
      "Đảng viên được miễn công tác và sinh hoạt đảng",
    );
    expect(qd366.read("Bi dinh chi sinh hoat dang").exclusion).toBe("Đảng viên bị đình chỉ sinh hoạt đảng");
  });

  it("finds no exclusion, discipline or sick leave in an ordinary note", () => {
    expect(qd366.read("Chuyển sinh hoạt đến từ tháng 3")).toEqual({
      exclusion: null,
      discipline: false,
      remedied: false,
      sickMonths: null,
    });
    expect(qd366.read("")).toMatchObject({ exclusion: null, discipline: false });
  });

  it("finds a discipline by its kind", () => {
    expect(qd366.read("Bị kỷ luật khiển trách tháng 6/2025")).toMatchObject({
      discipline: true,
      remedied: false,
    });
    expect(qd366.read("Cảnh cáo").discipline).toBe(true);
  });

  it("does not take a note saying there was no discipline for one", () => {
    expect(qd366.read("Không vi phạm kỷ luật").discipline).toBe(false);
    expect(qd366.read("Không bị kỷ luật, hoàn thành tốt").discipline).toBe(false);
    expect(qd366.read("Chưa có hình thức kỷ luật").discipline).toBe(false);
    expect(qd366.read("Không HTNV, bị kỷ luật cảnh cáo").discipline).toBe(true);
  });

  it("finds a remedied fault where the criteria allow it (Quy định 124 and later), not under Hướng dẫn 21", () => {
    const note = "Khiển trách; khuyết điểm tự phát hiện và chủ động khắc phục";
    expect(qd366.read(note)).toMatchObject({ discipline: true, remedied: true });
    expect(hd21.read(note)).toMatchObject({ discipline: true, remedied: false });
    expect(qd366.read("Khiển trách, chưa khắc phục")).toMatchObject({ discipline: true, remedied: false });
  });

  it("reads the months of sick leave, with a decimal comma", () => {
    expect(qd366.read("Nghỉ ốm 4 tháng").sickMonths).toBe(4);
    expect(qd366.read("Điều trị bệnh 2,5 tháng").sickMonths).toBe(2.5);
  });

  it("gives no months where the note names no sickness or no duration", () => {
    expect(qd366.read("Đi công tác 4 tháng").sickMonths).toBeNull();
    expect(qd366.read("Nghỉ ốm dài ngày").sickMonths).toBeNull();
  });

  it("reads the same note the same way twice", () => {
    expect(qd366.read("Nghỉ ốm 4 tháng")).toBe(qd366.read("Nghỉ ốm 4 tháng"));
  });
});
