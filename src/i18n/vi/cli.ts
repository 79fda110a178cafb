/** CLI texts (vi). Keys are shared with ../en/cli.ts. */
export const cliText: Record<string, string> = {
  "cli.usage":
    "Cách dùng:\n  chibo check     [--criteria ID|TỆP] [--mapping TỆP] [--json] [--lang vi|en] TỆP...\n  chibo summarize [--criteria ID|TỆP] [--mapping TỆP] TỆP [-o RA.xlsx]\n  chibo rollup    [--criteria ID|TỆP] [--expected TỆP] [--unit TÊN] [--json] TỆP|THƯ-MỤC... -o RA.xlsx\n  chibo presets [--explain ID|TỆP]\n\nMã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được.",
  "cli.unknownCommand": "Lệnh không hợp lệ: “{command}”.",
  "cli.unknownOption": "Tuỳ chọn không hợp lệ: “{option}”.",
  "cli.missingValue": "Tuỳ chọn {option} cần một giá trị.",
  "cli.noFiles": "Chưa chỉ tệp nào.",
  "cli.oneFile": "Lệnh summarize nhận đúng một tệp.",
  "cli.unknownCriteria": "Không có bộ tiêu chí “{criteria}”. Xem danh sách bằng: chibo presets",
  "cli.unsafePattern":
    "Bộ tiêu chí {file} có mẫu số thẻ “{pattern}” không được dùng vì {reason}: mẫu như vậy có thể làm chương trình chạy mãi không xong. Hãy sửa cardNumberPattern thành mẫu đơn giản hơn, ví dụ ^\\d{2}\\.\\d{6}$.",
  "cli.badCriteriaFile": "Tệp tiêu chí “{file}” không hợp lệ: {detail}",
  "cli.badMappingFile": "Tệp ánh xạ cột “{file}” không hợp lệ: {detail}",
  "cli.fileNotFound": "Không tìm thấy tệp “{file}”.",
  "cli.read.empty": "Tệp “{file}” rỗng (0 byte).",
  "cli.read.encrypted":
    "Tệp “{file}” có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.",
  "cli.read.legacy-xls":
    "Tệp “{file}” là định dạng Excel cũ (.xls) nhưng không đọc được. Hãy mở bằng Excel và lưu thành .xlsx.",
  "cli.read.not-xlsx":
    "Tệp “{file}” không phải tệp Excel hay bảng tính chibo đọc được (.xlsx, .xlsm, .xls, .ods).",
  "cli.read.corrupt": "Tệp “{file}” bị hỏng, không đọc được: {detail}",
  "cli.read.too-large": "Tệp “{file}” quá lớn để đọc an toàn: {detail}",
  "cli.read.unsafe": "Không đọc tệp “{file}”: {detail}",
  "cli.sameOutput":
    "Tệp ra trùng với tệp vào “{file}”; chibo không bao giờ ghi đè tệp gốc. Hãy chọn tên khác với -o.",
  "cli.written": "Đã ghi {file} ({sheets}).",
  "cli.renamed": "Trang “{requested}” của bạn được giữ nguyên; trang tổng hợp được ghi với tên “{actual}”.",
  "cli.report.file": "Tệp: {file}",
  "cli.report.unit": "Đơn vị: {unit}{parent}, năm {period}. Bộ tiêu chí: {criteria}",
  "cli.report.sheets": "Các trang nhận ra:",
  "cli.report.sheet":
    "  • {name}: {kind}, tiêu đề dòng {header}, dữ liệu dòng {data} (độ tin cậy {confidence}%)",
  "cli.report.sheetUnknown": "  • {name}: {kind}",
  "cli.report.rows":
    "    các dòng: {records} dòng dữ liệu, {sections} tiêu đề chi bộ, {subtotals} dòng cộng, {totals} dòng tổng, {skipped} dòng khác (dòng tiếp, ghi chú, ký tên, chưa đọc được)",
  "cli.report.members":
    "Đảng viên: tổng số {total}, được đánh giá {assessed}, không xếp loại {notClassified}, chưa đọc được mức {unrecognized}",
  "cli.report.collectives": "Tổ chức đảng: tổng số {total}, được đánh giá {assessed}",
  "cli.report.level": "    {level}: {count} ({percent}%)",
  "cli.report.cap":
    "  Giới hạn HTXSNV: tối đa {limit} ({ratio}% của {denominatorCount} {denominator}), thực tế {actual}: {verdict}",
  "cli.report.capOk": "đúng quy định",
  "cli.report.capExceeded": "VƯỢT",
  "cli.report.meetings":
    "Sinh hoạt chi bộ: {regular} buổi thường kỳ, {thematic} buổi chuyên đề, tỷ lệ dự {attendance}%",
  "cli.report.grades": "  Xếp loại các buổi: {grades}",
  "cli.report.issues": "Vấn đề: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin",
  "cli.report.noIssues": "Không phát hiện vấn đề nào.",
  "cli.report.issue": "  [{severity}] {where} ({code}): {message}",
  "cli.report.sheetWide": "cả trang",
  "cli.report.workbook": "cả tệp",
  "cli.presets.header": "Các bộ tiêu chí có sẵn:",
  "cli.presets.item": "  {id}\n    {title}\n    {regulation} (áp dụng từ năm {year})",
  "cli.write.not-xlsx":
    "Đã kiểm tra “{file}”, nhưng chỉ thêm được các trang tổng hợp vào tệp .xlsx/.xlsm. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành .xlsx (Tệp › Lưu thành) rồi chạy summarize trên bản đó.",
  "cli.write.failed":
    "Không ghi được các trang tổng hợp vào bản sao của “{file}” (trang “{sheet}”). Chưa ghi gì; tệp gốc không đổi.",
};
