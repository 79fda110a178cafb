import {
  classifyExcelError,
  ExcelPortError,
  friendlyMessage,
  isPayloadTooLarge,
  officeErrorCode,
  toExcelPortError,
} from "../../src/excel/errors";
import { detectFeatures } from "../../src/excel/api-sets";

function officeError(code: string): Error {
  return Object.assign(new Error("RichApi.Error"), { code });
}

test("Office error codes map to what the user can do", () => {
  expect(classifyExcelError(officeError("InvalidOperationInCellEditMode"))).toBe("cell-edit-mode");
  expect(classifyExcelError(officeError("AccessDenied"))).toBe("access-denied");
  expect(classifyExcelError(officeError("ItemAlreadyExists"))).toBe("name-taken");
  expect(classifyExcelError(officeError("RequestPayloadSizeLimitExceeded"))).toBe("payload-too-large");
  expect(classifyExcelError(officeError("ResponsePayloadSizeLimitExceeded"))).toBe("payload-too-large");
  expect(classifyExcelError(officeError("ApiNotFound"))).toBe("api-not-available");
  expect(classifyExcelError(officeError("GeneralException"))).toBe("general");
  expect(isPayloadTooLarge(officeError("RequestPayloadSizeLimitExceeded"))).toBe(true);
});

test("errors without a known code are general", () => {
  expect(classifyExcelError(new Error("boom"))).toBe("general");
  expect(classifyExcelError("a string")).toBe("general");
  expect(officeErrorCode({ code: 5 })).toBeNull();
  expect(isPayloadTooLarge(new TypeError("x"))).toBe(false);
});

test("messages say what failed and what to do, in Vietnamese first, and in English", () => {
  expect(
    friendlyMessage("cell-edit-mode", "write", "InvalidOperationInCellEditMode", { unchanged: true }),
  ).toBe(
    "Không ghi được các trang tổng hợp. Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại. Sổ tính vẫn giữ nguyên như trước, chưa trang nào bị thay đổi.",
  );
  expect(friendlyMessage("general", "read", "GeneralException", { lang: "en" })).toBe(
    "Could not read the data from Excel. Excel reported an error (GeneralException). Try again; if it still fails, save, close and reopen the workbook.",
  );
  expect(
    friendlyMessage("general", "write", null, { unchanged: false, leftoverPrefix: "chibo-tmp-" }),
  ).toContain("“chibo-tmp-”");
});

test("wrapping keeps the Office error as the cause and passes port errors through", () => {
  const cause = officeError("AccessDenied");
  const wrapped = toExcelPortError(cause, "write", { unchanged: true });
  expect(wrapped).toBeInstanceOf(ExcelPortError);
  expect(wrapped).toMatchObject({
    failure: "access-denied",
    code: "AccessDenied",
    operation: "write",
    unchanged: true,
    cause,
  });
  expect(toExcelPortError(wrapped, "read")).toBe(wrapped);
  expect(classifyExcelError(wrapped)).toBe("access-denied");
});

test("features follow the requirement sets the host supports; a throwing check means unsupported", () => {
  expect(detectFeatures((_name, version) => ["1.7", "1.9"].includes(version))).toEqual({
    fonts: true,
    merges: false,
    pageLayout: true,
  });
  expect(
    detectFeatures(() => {
      throw new Error("no Office");
    }),
  ).toEqual({ fonts: false, merges: false, pageLayout: false });
});
