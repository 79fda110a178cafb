import { describeError } from "../../../src/taskpane/state/errors";
import { t } from "../../../src/i18n";

describe("error messages for the user", () => {
  it("turns Office's cell-edit-mode code into what to do", () => {
    const error = Object.assign(new Error("The operation failed"), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(describeError(error, "vi", "ghi")).toBe(t("vi", "taskpane.error.cellEditMode"));
    expect(describeError(error, "en", "write")).toBe(t("en", "taskpane.error.cellEditMode"));
  });

  it("passes on the Office.js port's own wording", () => {
    const error = new Error("Không ghi được các trang. Trang tính đang được bảo vệ.");
    error.name = "ExcelPortError";
    expect(describeError(error, "vi", "ghi")).toBe(error.message);
  });

  it("explains why a file could not be opened", () => {
    const error = Object.assign(new Error("Cannot read the workbook (legacy-xls)"), {
      name: "XlsxReadError",
      reason: "legacy-xls",
    });
    expect(describeError(error, "vi", "mở tệp")).toBe(t("vi", "taskpane.error.read.legacy-xls"));
  });

  it("says what was being done and keeps the detail for anything unknown", () => {
    const message = describeError(new Error("boom"), "vi", "đọc sổ");
    expect(message).toContain("đọc sổ");
    expect(message).toContain("boom");
    expect(message).not.toBe(t("vi", "taskpane.error.cellEditMode"));
  });
});
