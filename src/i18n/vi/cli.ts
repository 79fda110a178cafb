/** CLI texts (vi). Keys are shared with ../en/cli.ts. */
export const cliText = {
  "cli.usage":
    "Cách dùng:\n  chibo check     [--criteria ID|TỆP] [--mapping TỆP] [--json] [--lang vi|en] TỆP...\n  chibo summarize [--criteria ID|TỆP] [--mapping TỆP] [--date NGÀY] TỆP [-o RA.xlsx]\n  chibo rollup    [--criteria ID|TỆP] [--expected TỆP] [--unit TÊN] [--date NGÀY] [--json] TỆP|THƯ-MỤC... -o RA.xlsx\n  chibo presets [--explain ID|TỆP]\n  chibo help [LỆNH] | chibo LỆNH --help | chibo --version\n\nMã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được.",
  "cli.help.intro":
    "chibo kiểm tra các tệp Excel chấm điểm, xếp loại đảng viên và sinh hoạt chi bộ, báo từng lỗi tại ô của nó, và lập các trang tổng hợp gửi cấp trên. Tệp gốc không bao giờ bị sửa.",
  "cli.help.more": "Xem chi tiết một lệnh: chibo help LỆNH (ví dụ: chibo help check).",
  "cli.help.check":
    'chibo check [--criteria ID|TỆP] [--mapping TỆP] [--json] [--lang vi|en] TỆP...\n\nKiểm tra từng tệp .xlsx: nhận diện các trang, báo mọi vấn đề tại ô của nó (lỗi, cảnh báo, thông tin) và tính số lượng, tỷ lệ từng mức.\n\n  --criteria ID|TỆP  bộ tiêu chí (xem: chibo presets) hoặc tệp JSON tiêu chí; mặc định theo năm của tệp\n  --mapping TỆP      tệp JSON sửa cách đọc cột: { "tên trang": { "columns": { "level": "H" } } }\n  --json             in kết quả dạng JSON (để máy đọc)\n  --lang vi|en       ngôn ngữ thông báo (mặc định vi)\n\nMã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được.\nVí dụ: chibo check chi-bo-3.xlsx',
  "cli.help.summarize":
    "chibo summarize [--criteria ID|TỆP] [--mapping TỆP] [--date NGÀY] TỆP [-o RA.xlsx]\n\nGhi một bản sao của tệp với các trang tổng hợp để in, ký và gửi cấp trên (TH Đảng viên, TH Tổ chức đảng, TH Sinh hoạt chi bộ khi có số liệu, và Kết quả kiểm tra). Tệp gốc giữ nguyên.\n\n  -o, --output RA.xlsx  tệp ra (mặc định: TÊN.chibo.xlsx bên cạnh tệp vào)\n  --date NGÀY           ngày ghi trên báo cáo, 2025-12-20 hoặc 20/12/2025 (mặc định: hôm nay)\n  --criteria, --mapping, --lang  như lệnh check\n\nVí dụ: chibo summarize chi-bo-3.xlsx -o chi-bo-3-tong-hop.xlsx --date 20/12/2025",
  "cli.help.rollup":
    "chibo rollup [--criteria ID|TỆP] [--expected TỆP] [--unit TÊN] [--date NGÀY] [--json] TỆP|THƯ-MỤC... -o RA.xlsx\n\nGộp các tệp các đơn vị gửi lên (tệp đã tổng hợp bằng chibo hoặc danh sách gốc) thành báo cáo của cấp trên. Tệp nào không đọc được thì được báo, các tệp khác vẫn được gộp.\n\n  -o, --output RA.xlsx  tệp ra (bắt buộc)\n  --expected TỆP        danh sách các đơn vị phải nộp, để báo đơn vị còn thiếu\n  --unit TÊN            tên đơn vị tổng hợp (mặc định: cấp trên mà các đơn vị ghi)\n  --date NGÀY           ngày ghi trên báo cáo (mặc định: hôm nay)\n  --json, --criteria, --lang  như lệnh check\n\nVí dụ: chibo rollup bao-cao/ -o dang-bo-phuong.xlsx",
  "cli.help.presets":
    "chibo presets [--explain ID|TỆP]\n\nLiệt kê các bộ tiêu chí có sẵn: mã (dùng với --criteria), tên, văn bản quy định và năm áp dụng.\n\n  --explain ID|TỆP  in từng quy tắc của bộ tiêu chí kèm nguồn (văn bản, điều, khoản, nơi đọc)",
  "cli.help.help":
    "chibo help [LỆNH]\n\nIn hướng dẫn chung, hoặc hướng dẫn của một lệnh: check, summarize, rollup, presets.",
  "cli.unsupportedLang": "Ngôn ngữ “{lang}” chưa được hỗ trợ. Dùng --lang vi hoặc --lang en.",
  "cli.badDate": "“{value}” không phải một ngày. Ghi ngày dạng 2025-12-20 hoặc 20/12/2025.",
  "cli.isFolder":
    "“{file}” là một thư mục, không phải tệp .xlsx. Hãy chỉ các tệp trong đó (ví dụ: {file}/*.xlsx), hoặc dùng chibo rollup để gộp cả thư mục.",
  "cli.unknownCommand": "Lệnh không hợp lệ: “{command}”.",
  "cli.unknownOption": "Tuỳ chọn không hợp lệ: “{option}”.",
  "cli.missingValue": "Tuỳ chọn {option} cần một giá trị.",
  "cli.noFiles": "Chưa chỉ tệp nào.",
  "cli.oneFile": "Lệnh summarize nhận đúng một tệp.",
  "cli.unknownCriteria": "Không có bộ tiêu chí “{criteria}”. Xem danh sách bằng: chibo presets",
  "cli.unsafePattern":
    "Bộ tiêu chí {file} có mẫu số thẻ “{pattern}” không được dùng vì {reason}: mẫu như vậy có thể làm chương trình chạy mãi không xong. Hãy sửa cardNumberPattern thành mẫu đơn giản hơn, ví dụ ^\\d{2}\\.\\d{6}$.",
  "cli.badCriteriaFile": "Tệp tiêu chí “{file}” không hợp lệ: {detail}",
  "cli.criteriaNotJson":
    "Tệp tiêu chí “{file}” không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép (hoặc tệp bị cắt cụt).",
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
  "cli.report.modelCellMet": "  Chi bộ kiểu mẫu: đạt",
  "cli.report.modelCellNotMet": "  Chi bộ kiểu mẫu: chưa đạt",
  "cli.report.modelCellUnmet": "    - {condition}",
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
