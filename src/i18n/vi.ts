import type { Catalog } from "./types";
import { viText } from "./vi-text";

export const vi: Catalog = {
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  issues: {
    "header-not-found":
      "Không tìm thấy dòng tiêu đề bảng trong trang “{sheet}”. Hãy kiểm tra trang có bảng với các cột như “Họ và tên”, “Xếp loại”, hoặc chỉ rõ cách đọc trong phần Nhận diện.",
    "missing-column":
      "Trang “{sheet}” ({kind}) thiếu cột “{field}”. Thêm cột này hoặc chỉ rõ cột tương ứng trong phần Nhận diện.",
    "duplicate-column":
      "Có hai cột cùng là “{field}” ({first} và {second}); chibo dùng cột {used}. Nếu không đúng, hãy chỉ rõ trong phần Nhận diện.",
    "unknown-sheet": "Trang “{sheet}” không nhận ra là loại bảng nào nên không được kiểm tra.",
    "row-unread":
      "Dòng {row} không đọc được là một người (hay một dòng dữ liệu), tiêu đề chi bộ, dòng cộng hay ghi chú (“{value}”), nên chưa được tính. Hãy kiểm tra dòng này (thiếu họ tên? ghi lệch cột?) hoặc chỉ rõ cách đọc trong phần Nhận diện.",
    "table-continues":
      "Bảng có vẻ đã hết ở dòng {end} nhưng từ dòng {row} còn {count} dòng giống dữ liệu. chibo vẫn đọc các dòng này; nếu chúng không thuộc bảng, hãy chỉ rõ dòng cuối trong phần Nhận diện.",
    "table-empty":
      "Trang “{sheet}” trông như một danh sách ({kind}) nhưng không đọc được dòng dữ liệu nào ({skipped} dòng bị bỏ qua). Hãy kiểm tra cột họ tên/tên đơn vị hoặc chỉ rõ cách đọc trong phần Nhận diện.",
    "unnumbered-member":
      "Dòng {row} có họ tên “{name}” nhưng không có số thứ tự và mức xếp loại, nên được đọc là dòng tiếp của người ở trên và không được tính là một đảng viên. Nếu đây là một đảng viên, hãy ghi số thứ tự và mức xếp loại.",
    "level-spelling":
      "Cột {column} ghi mức xếp loại theo cách viết tắt hoặc viết gọn; chibo đã đọc: {readings}. Nếu cách đọc không đúng, hãy sửa lại.",
    "invalid-level":
      "“{value}” không phải mức xếp loại hợp lệ; dòng này chưa được tính vào mức nào. Có phải là “{suggestion}”? Hãy sửa lại cho đúng.",
    "invalid-number": "Ô này phải là số ({field}) nhưng đang chứa “{value}”. Hãy nhập một số.",
    "number-as-text":
      "Số “{value}” đang được lưu dạng chữ ({field}). chibo vẫn đọc được, nhưng nên chuyển ô sang dạng số để Excel tính đúng.",
    "invalid-date": "“{value}” không phải ngày hợp lệ. Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 05/01/2025.",
    "formula-error": "Ô có lỗi công thức {value}. Hãy sửa công thức hoặc nhập giá trị.",
    "invalid-card-number":
      "Số thẻ đảng viên “{value}” không đúng dạng {example} (2 chữ số, dấu chấm, 6 chữ số). Hãy kiểm tra lại.",
    "legacy-encoding":
      "Chữ trong trang “{sheet}” được gõ bằng bảng mã cũ {encoding} (ví dụ “{sample}” đọc là “{decoded}”). chibo đã đọc chuyển sang Unicode nhưng không sửa bảng của bạn; nên chuyển sang Unicode (TCVN 6909:2001).",
    "unsafe-pattern":
      "Mẫu số thẻ “{value}” không được dùng vì {reason}: mẫu như vậy có thể làm chương trình chạy mãi không xong. Hãy viết mẫu đơn giản hơn, ví dụ ^\\d{2}\\.\\d{6}$ (2 chữ số, dấu chấm, 6 chữ số).",
    "duplicate-member":
      "Đảng viên “{name}” trùng {what} “{value}” với dòng ở ô {firstCell}. Hãy kiểm tra xem có nhập hai lần không.",
    "score-above-max":
      "Điểm {score} của mục “{item}” vượt quá điểm tối đa {max}. Hãy chấm lại trong thang điểm.",
    "score-negative": "Điểm {score} của mục “{item}” là số âm. Điểm phải từ 0 đến {max}.",
    "total-mismatch":
      "{what} ghi {stated} nhưng cộng các mục được {computed}. Hãy cộng lại hoặc sửa điểm từng mục.",
    "meeting-grade-unknown":
      "Xếp loại buổi sinh hoạt ghi “{stated}”, không phải mức nào của bộ tiêu chí ({grades}) nên chưa được đếm. Hãy ghi một trong các mức đó.",
    "level-score-mismatch":
      "Xếp loại ghi “{stated}” nhưng với {score} điểm thì phải là “{expected}”. Hãy đối chiếu lại.",
    "excluded-member-classified":
      "Đảng viên “{name}” thuộc diện không xếp loại ({reason}) nhưng lại được xếp “{level}”. Hãy để trống mức xếp loại và ghi lý do.",
    "discipline-level":
      "Đảng viên “{name}” bị kỷ luật trong năm (“{reason}”) nên phải xếp loại “{required}”, không phải “{level}”. Nếu khuyết điểm đã được tự phát hiện và khắc phục, hãy ghi rõ trong cột ghi chú.",
    "sick-leave-level":
      "Đảng viên “{name}” nghỉ ốm từ {months} tháng trở lên (“{reason}”) nên không được xếp cao hơn “{max}”, nhưng đang là “{level}”.",
    "top-level-condition":
      "Đảng viên “{name}” được xếp Hoàn thành xuất sắc nhiệm vụ nhưng cột “{condition}” ghi “{value}”: chưa đạt điều kiện của mức này. Hãy xem lại mức xếp loại hoặc cột điều kiện.",
    "civil-service-level":
      "Đảng viên “{name}” được xếp “{level}” nhưng xếp loại cán bộ, công chức, viên chức chỉ là “{civilLevel}”: muốn xếp Hoàn thành xuất sắc nhiệm vụ thì xếp loại cán bộ, công chức cũng phải là Hoàn thành xuất sắc. Hãy xem lại.",
    "meeting-duration":
      "Buổi sinh hoạt kéo dài {minutes} phút, ít hơn mức tối thiểu {min} phút. Hãy kiểm tra lại thời gian hoặc ghi lý do.",
    "absence-streak":
      "Đảng viên “{name}” vắng có lý do {count} lần liên tiếp (từ “{from}” đến “{to}”), quá {max} lần liên tiếp trong năm. Chi bộ cần tìm hiểu, nhắc nhở.",
    "residence-comment-missing":
      "Đảng viên “{name}” công tác tại “{workplace}” nhưng chưa có nhận xét của chi bộ nơi cư trú. Hãy bổ sung nhận xét hằng năm của nơi cư trú.",
    "cap-exceeded":
      "Số đảng viên Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} ({denominator}), tối đa {limit}. Hãy xem xét lại.",
    "collective-level-conflict":
      "“{unit}” được xếp “{level}” nhưng {detail}{also}. Hãy xem xét lại mức xếp loại.",
    "attendance-low":
      "Tỷ lệ dự sinh hoạt là {rate}% ({present}/{base} đảng viên; cần {comparison} {min}%), vắng không lý do: {unexcused}. Buổi sinh hoạt này chưa đạt yêu cầu về số đảng viên dự.",
    "meeting-count":
      "Từ {from} đến {to} chi bộ có {found} buổi sinh hoạt “{type}”, cần ít nhất {required}. Hãy bổ sung hoặc ghi lý do.",
    "meeting-date":
      "Ngày sinh hoạt {date} không đúng kỳ: buổi này phải rơi vào {expected} (theo tháng ghi ở dòng, năm báo cáo hoặc ngày sinh hoạt cố định của chi bộ). Hãy kiểm tra lại ngày, hoặc ghi lý do nếu đã đổi lịch.",
    "count-mismatch": "{what} ghi {stated} nhưng đếm được {computed}. Hãy đếm lại.",
    "percent-mismatch":
      "Tỷ lệ ghi {stated}% nhưng {count}/{base} = {computed}%. Hãy tính lại (lấy số lượng chia cho số được đánh giá).",
    "percent-sum":
      "Các tỷ lệ cộng lại được {sum}%, không phải 100%. Hãy làm tròn theo cách để tổng đúng 100% (chibo dùng phương pháp phần dư lớn nhất).",
    "cross-sheet-mismatch":
      "{what} ghi {stated} nhưng theo trang “{otherSheet}” là {computed}. Hãy thống nhất số liệu giữa các trang.",
    "summary-modified":
      "Trang tổng hợp đã bị sửa sau khi chibo tạo: ô này ghi {stated}, lúc tạo là {original}. Hãy tạo lại trang tổng hợp thay vì sửa tay.",
    "duplicate-unit": "Đơn vị “{unit}” được nộp nhiều lần ({files}). Chỉ giữ một bản.",
    "missing-unit": "Chưa có báo cáo của đơn vị “{unit}”.",
    "rollup-output":
      "Tệp này là bản tổng hợp của chính “{unit}” (có trang “Đơn vị đã nộp”), không phải báo cáo của một đơn vị: không cộng vào tổng. Nên để bản tổng hợp ra ngoài thư mục các đơn vị nộp.",
    "period-mismatch": "Báo cáo này là của năm {period}, khác kỳ đang tổng hợp ({expected}).",
    "parent-mismatch":
      "Đơn vị “{unit}” thuộc “{parent}”, khác cấp trên của các đơn vị còn lại (“{expected}”). Kiểm tra xem tệp có gửi nhầm không trước khi gộp.",
  },
  issueVariants: {
    "invalid-level#unaccented":
      "“{value}” không phải mức xếp loại hợp lệ; dòng này chưa được tính vào mức nào. Có phải là “{suggestion}”, viết thiếu dấu? Hãy sửa lại cho đúng.",
    "invalid-level#attendance-mark":
      "“{value}” không phải ký hiệu dự sinh hoạt. Hãy dùng x (có mặt), P (vắng có lý do), K (vắng không lý do), M (được miễn).",
    "cap-exceeded#collectives":
      "Số tập thể Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} tập thể ({denominator}), tối đa {limit}. Hãy xem xét lại.",
    "cap-exceeded#group":
      "Trong nhóm “{group}”, số đảng viên Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} ({denominator}) của nhóm, tối đa {limit}. Tỷ lệ được tính theo từng nhóm đối tượng có vị trí, vai trò tương đồng. Hãy xem xét lại.",
    "cap-exceeded#needs-decision":
      "Số đảng viên Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} ({denominator}), tối đa {limit}. Số này chưa quá {exceptionRatio}%, nhưng chỉ quyết định của cấp có thẩm quyền mới cho phép vượt {ratio}%: nếu đã có quyết định, hãy ghi số quyết định vào tiêu chí; nếu chưa, hãy xem xét lại.",
    "cap-exceeded#collectives-needs-decision":
      "Số tập thể Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} tập thể ({denominator}), tối đa {limit}. Số này chưa quá {exceptionRatio}%, nhưng chỉ quyết định của cấp có thẩm quyền mới cho phép vượt {ratio}%: nếu đã có quyết định, hãy ghi số quyết định vào tiêu chí; nếu chưa, hãy xem xét lại.",
    "cap-exceeded#group-needs-decision":
      "Trong nhóm “{group}”, số đảng viên Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} ({denominator}) của nhóm, tối đa {limit}. Số này chưa quá {exceptionRatio}%, nhưng chỉ quyết định của cấp có thẩm quyền mới cho phép vượt {ratio}%: nếu đã có quyết định, hãy ghi số quyết định vào tiêu chí; nếu chưa, hãy xem xét lại.",
    "discipline-level#remedied":
      "Đảng viên “{name}” bị kỷ luật trong năm (“{reason}”) nhưng ghi chú cho biết khuyết điểm đã được tự phát hiện, khắc phục: việc xếp “{level}” thay vì “{required}” do cấp có thẩm quyền xem xét. Hãy kiểm tra đã có ý kiến của cấp có thẩm quyền.",
    "discipline-level#earlier-year":
      "Đảng viên “{name}” bị kỷ luật trong năm vì vi phạm của năm trước (“{reason}”): việc xếp “{level}” thay vì “{required}” do cấp có thẩm quyền xem xét. Hãy kiểm tra đã có ý kiến của cấp có thẩm quyền.",
    "top-level-condition#exceeded":
      "Đảng viên “{name}” được xếp Hoàn thành xuất sắc nhiệm vụ nhưng chỉ {percent}% nhiệm vụ hoàn thành vượt mức (cột “{condition}”), cần ít nhất {min}%. Hãy xem lại mức xếp loại.",
    "civil-service-level#lowest":
      "Đảng viên “{name}” là cán bộ, công chức, viên chức bị xếp “{civilLevel}” nên mức đảng viên phải là Không hoàn thành nhiệm vụ, không phải “{level}”. Hãy xem lại.",
    "meeting-duration#combined":
      "Buổi sinh hoạt chuyên đề kết hợp thường kỳ kéo dài {minutes} phút, ít hơn mức tối thiểu {min} phút khi sinh hoạt chung một buổi. Hãy kiểm tra lại thời gian hoặc ghi lý do.",
    "meeting-duration#small-cell":
      "Buổi sinh hoạt kéo dài {minutes} phút, ít hơn mức tối thiểu {min} phút cấp ủy quy định cho chi bộ ít đảng viên. Hãy kiểm tra lại thời gian hoặc ghi lý do.",
    "meeting-date#documents":
      "Tài liệu buổi sinh hoạt ngày {date} được đưa lên Sổ tay đảng viên ngày {posted}, chưa trước ít nhất {days} ngày. Hãy đưa tài liệu lên sớm hơn.",
    "attendance-low#unexcused-member":
      "Đảng viên “{name}” vắng không lý do buổi “{meeting}”: buổi sinh hoạt này chưa đạt yêu cầu về đảng viên dự. Hãy ghi rõ lý do nếu có.",
    "cross-sheet-mismatch#attendance":
      "Sổ theo dõi ghi {stated} đảng viên dự buổi “{meeting}” nhưng trang “{otherSheet}” ghi {computed}. Hãy thống nhất số liệu giữa các trang.",
  },
  text: viText,
};
