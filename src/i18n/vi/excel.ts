/** Excel (Office.js) texts (vi): what the user reads when Excel refuses an action. Keys shared with ../en/excel.ts. */
export const excelText = {
  "excel.read.failed": "Không đọc được dữ liệu từ Excel.",
  "excel.write.failed": "Không ghi được các trang tổng hợp.",
  "excel.select.failed": "Không chuyển được đến ô {address} của trang “{sheet}”.",
  "excel.settings.failed": "Không lưu được thiết lập vào sổ tính.",
  "excel.error.cellEditMode": "Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.",
  "excel.error.accessDenied":
    "Excel không cho phép thay đổi vì sổ tính hoặc trang tính đang được bảo vệ. Hãy bỏ bảo vệ (thẻ Xem lại › Bỏ bảo vệ) rồi thử lại.",
  "excel.error.nameTaken": "Đã có một trang tính trùng tên. Hãy đổi tên trang đó rồi thử lại.",
  "excel.error.notFound":
    "Không tìm thấy trang hoặc ô cần dùng; có thể trang đã bị đổi tên hoặc xoá. Hãy kiểm tra rồi thử lại.",
  "excel.error.payloadTooLarge":
    "Dữ liệu quá lớn để Excel trên web chuyển trong một lần. Hãy thử lại; nếu vẫn lỗi, hãy mở sổ tính bằng Excel trên máy tính.",
  "excel.error.apiNotAvailable":
    "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
  "excel.error.busy": "Excel đang bận. Hãy đợi một lát rồi thử lại.",
  "excel.error.general":
    "Excel báo lỗi ({code}). Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ tính, đóng rồi mở lại.",
  "excel.write.unchanged": "Sổ tính vẫn giữ nguyên như trước, chưa trang nào bị thay đổi.",
  "excel.write.leftovers":
    "Có thể còn lại các trang tạm có tên bắt đầu bằng “{prefix}”; bạn có thể xoá chúng.",
  "excel.write.renamed":
    "Trang “{requested}” là trang của bạn nên được giữ nguyên; trang tổng hợp được ghi với tên “{actual}”.",
};
