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
    "duplicate-member":
      "Đảng viên “{name}” trùng {what} “{value}” với dòng ở ô {firstCell}. Hãy kiểm tra xem có nhập hai lần không.",
    "score-above-max":
      "Điểm {score} của mục “{item}” vượt quá điểm tối đa {max}. Hãy chấm lại trong thang điểm.",
    "score-negative": "Điểm {score} của mục “{item}” là số âm. Điểm phải từ 0 đến {max}.",
    "total-mismatch":
      "{what} ghi {stated} nhưng cộng các mục được {computed}. Hãy cộng lại hoặc sửa điểm từng mục.",
    "level-score-mismatch":
      "Xếp loại ghi “{stated}” nhưng với {score} điểm thì phải là “{expected}”. Hãy đối chiếu lại.",
    "excluded-member-classified":
      "Đảng viên “{name}” thuộc diện không xếp loại ({reason}) nhưng lại được xếp “{level}”. Hãy để trống mức xếp loại và ghi lý do.",
    "discipline-level":
      "Đảng viên “{name}” bị kỷ luật trong năm (“{reason}”) nên phải xếp loại “{required}”, không phải “{level}”. Nếu khuyết điểm đã được tự phát hiện và khắc phục, hãy ghi rõ trong cột ghi chú.",
    "sick-leave-level":
      "Đảng viên “{name}” nghỉ ốm từ {months} tháng trở lên (“{reason}”) nên không được xếp cao hơn “{max}”, nhưng đang là “{level}”.",
    "cap-exceeded":
      "Số đảng viên Hoàn thành xuất sắc nhiệm vụ là {actual}, vượt quá {ratio}% của {denominatorCount} ({denominator}), tối đa {limit}. Hãy xem xét lại.",
    "collective-level-conflict": "“{unit}” được xếp “{level}” nhưng {detail}. Hãy xem xét lại mức xếp loại.",
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
    "period-mismatch": "Báo cáo này là của năm {period}, khác kỳ đang tổng hợp ({expected}).",
    "parent-mismatch":
      "Đơn vị “{unit}” thuộc “{parent}”, khác cấp trên của các đơn vị còn lại (“{expected}”). Kiểm tra xem tệp có gửi nhầm không trước khi gộp.",
  },
  text: viText,
};
