namespace DataForLife.Web.Features.Demo;

/// <summary>Words for the demo's team names, ideas, schools and dossiers: plausible, plainly fictitious.</summary>
public static class DemoTexts
{
    public static readonly string[] Nouns =
    [
        "Sao Mai", "Bình Minh", "Phù Sa", "Hướng Dương", "Hoa Sen", "Cây Tre", "Sông Hồng", "Trường Sơn", "Mekong", "Lạc Hồng",
        "Đông Du", "Hải Đăng", "Cánh Diều", "Mầm Xanh", "Nhịp Cầu", "Ánh Dương", "Tia Chớp", "Đại Bàng", "Phượng Hồng", "Sóng Biển",
    ];

    public static readonly string[] Modifiers = ["", " Số", " Dữ Liệu", " Sáng Tạo", " Xanh", " Trẻ", " Việt", " AI", " Tương Lai", " 4.0", " Mở", " Thông Minh"];

    public static readonly string[] Products =
    [
        "Cổng điền sẵn biểu mẫu dịch vụ công", "Bản đồ an sinh xã hội theo phường", "Phát hiện gian lận định danh", "Chấm điểm tín dụng vay chính sách",
        "Dự báo nhu cầu việc làm tỉnh", "Đếm phương tiện từ camera giao thông", "Cảnh báo sự cố giao thông bất thường", "Bản đồ tiêm chủng",
        "Trợ lý hồ sơ hành chính", "Phân tích hành trình xe buýt", "Phát hiện lái xe buồn ngủ", "Xác thực điện tử cho ngân hàng nhỏ",
    ];

    public static readonly string[] Schools =
    [
        "Đại học Bách khoa Hà Nội", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP. Hồ Chí Minh", "Đại học Đà Nẵng", "Đại học Cần Thơ",
        "Học viện Công nghệ Bưu chính Viễn thông", "Đại học Kinh tế Quốc dân", "Đại học FPT", "Đại học Huế", "Công ty cổ phần công nghệ Việt Data",
    ];
}
