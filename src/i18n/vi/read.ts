/** Why a file could not be read (vi): limits, file-system errors, unsafe parts. Keys shared with ../en/read.ts. */
export const readText = {
  "read.limit.file": "tệp nặng {found}, quá mức chibo đọc được an toàn ({max})",
  "read.limit.uncompressed":
    "giải nén ra {found}, quá mức chibo đọc được an toàn ({max}); tệp có thể là “bom nén”",
  "read.limit.part": "một phần của tệp giải nén ra {found}, quá mức {max}",
  "read.limit.sheets": "tệp có {found} trang tính, chibo đọc tối đa {max}",
  "read.limit.cells": "tệp có hơn {found} ô có dữ liệu, chibo đọc tối đa {max}",
  "read.limit.merges": "tệp có hơn {found} vùng ô gộp, chibo đọc tối đa {max}",
  "read.limit.span":
    "dữ liệu trải quá rộng ({found} ô theo hàng, tối đa {max}), thường do có ô lẻ ở xa tận cuối trang",
  "read.limit.advice":
    "Hãy xóa các trang, dòng, cột không dùng (Ctrl+End cho biết ô cuối cùng Excel coi là có dữ liệu) hoặc tách thành nhiều tệp, rồi thử lại.",
  "read.unsafe":
    "tệp chứa khai báo DTD/thực thể XML, thứ mà Excel và LibreOffice không bao giờ ghi; chibo không đọc để tránh bị tấn công. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi thử lại.",
  "read.corruptAdvice":
    "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại, hoặc xin đơn vị gửi lại tệp (có thể tệp tải về chưa hết).",
  "read.fs.ENOENT": "Không tìm thấy tệp “{file}”. Hãy kiểm tra tên và đường dẫn.",
  "read.fs.EACCES":
    "Không có quyền đọc tệp “{file}”. Hãy cấp quyền đọc hoặc chép tệp sang thư mục của bạn rồi thử lại.",
  "read.fs.EISDIR":
    "“{file}” là một thư mục, không phải tệp. Hãy chỉ ra tệp Excel trong thư mục đó (lệnh rollup thì nhận cả thư mục).",
  "read.fs.ENOTDIR": "Đường dẫn “{file}” sai: một phần của đường dẫn không phải thư mục.",
  "read.fs.ELOOP": "Đường dẫn “{file}” có liên kết tượng trưng vòng quanh, không mở được.",
  "read.fs.ENAMETOOLONG":
    "Tên hoặc đường dẫn “{file}” quá dài. Hãy chép tệp vào thư mục có đường dẫn ngắn hơn.",
  "read.fs.EMFILE":
    "Máy đang mở quá nhiều tệp nên không mở được “{file}”. Hãy đóng bớt chương trình rồi chạy lại.",
  "read.fs.EIO": "Lỗi ổ đĩa khi đọc “{file}”. Hãy chép tệp sang chỗ khác (hoặc tải lại) rồi thử lại.",
  "read.fs.EBUSY": "Tệp “{file}” đang bị chương trình khác giữ. Hãy đóng chương trình đó rồi thử lại.",
  "read.fs.other":
    "Không đọc được tệp “{file}” (mã lỗi hệ thống {code}). Hãy kiểm tra tệp và quyền truy cập rồi thử lại.",
  "read.notRegular":
    "“{file}” không phải tệp thông thường (mà là ống dẫn, thiết bị hoặc socket); chibo chỉ đọc tệp bảng tính thật.",
};
