/** Texts about where chibo runs: the footer, the offline file, an Excel too old (vi). Keys shared with ../en/reach.ts. */
export const reachText = {
  "reach.footer.version": "chibo {version}",
  "reach.footer.offline": "bản ngoại tuyến",
  "reach.footer.private": "Mọi xử lý diễn ra ngay trên máy này; không có dữ liệu nào rời khỏi máy.",

  "reach.unsupported.title": "Excel này chưa chạy được phần bổ trợ chibo",
  "reach.unsupported.body":
    "chibo cần Excel hỗ trợ ExcelApi {version} trở lên: Microsoft 365 (phiên bản 1801 trở lên), Excel 2019, Excel 2021, Excel 2024, Excel trên web, Excel cho Mac 16.9 trở lên. Excel 2016 và các bản cũ hơn không chạy được phần bổ trợ.",
  "reach.unsupported.offline":
    "Hãy dùng bản ngoại tuyến chibo.html: chép tệp này vào máy, bấm đúp để mở bằng Edge hoặc Chrome (không cần mạng), chọn sổ Excel của bạn; chibo kiểm tra và cho tải về sổ có các trang tổng hợp. Có thể lấy tệp tại đây:",
  "reach.unsupported.offlineLink": "Tải bản ngoại tuyến chibo.html",
  "reach.unsupported.cli":
    "Hoặc dùng dòng lệnh: chibo check TỆP.xlsx và chibo summarize TỆP.xlsx. Nếu không tải được, hãy hỏi bộ phận công nghệ thông tin của cấp ủy.",
};
