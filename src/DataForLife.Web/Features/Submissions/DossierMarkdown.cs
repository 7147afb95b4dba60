using System.Globalization;
using System.Text;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;

namespace DataForLife.Web.Features.Submissions;

/// <summary>A dossier version as one Markdown document, for the council's archive.</summary>
public static class DossierMarkdown
{
    public static string Of(Team team, DossierVersion version, IReadOnlyList<Domain.Editions.Category> categories)
    {
        var text = version.Text;
        var builder = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# {team.PublicCode} · {team.Name}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Ý tưởng / Idea: {team.IdeaName}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Hạng mục (theo đăng ký) / Categories (as registered): {string.Join(", ", team.CategoryCodes.Select(c => categories.FirstOrDefault(k => k.Code == c) is { } k ? $"{k.Name.Vi} / {k.Name.En}" : c))}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Phiên bản / Version: {version.Number} ({(version.IsSubmission ? "đã nộp / submitted" : "nháp / draft")}), {VietnamTime.Format(version.SavedAtUtc)} (UTC+7), {version.SavedByName}")
            .AppendLine(CultureInfo.InvariantCulture, $"- SHA-256: {version.Checksum}");
        if (version.Commitment is { } commitment)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"- Cam kết / Commitment: {commitment.AcceptedByName}, {VietnamTime.Format(commitment.AcceptedAtUtc)}, {commitment.FromAddress}, {commitment.DeclarationHash}");
        }

        foreach (var (title, body) in new[]
        {
            ("Lý do ra đời / Why it exists", text.Why), ("Cách hoạt động / How it works", text.How),
            ("Điểm nổi bật / What stands out", text.Highlights), ("Kết quả / Results", text.Results),
            ("Dữ liệu sử dụng / Data sets used", text.DataSets), ("Vai trò thành viên / Members' roles", text.Roles),
        })
        {
            builder.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine().AppendLine(body);
        }

        if (text.VideoUrl.Length > 0)
        {
            builder.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Video: {text.VideoUrl}");
        }

        return builder.ToString();
    }
}
