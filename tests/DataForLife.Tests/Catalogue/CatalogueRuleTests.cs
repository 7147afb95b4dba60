using System.Text;
using DataForLife.Population.Scoring;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Features.Catalogue;

namespace DataForLife.Tests.Catalogue;

public sealed class CatalogueRuleTests
{
    private static PredictionSubmission Submission(int teamId, double precision, double recall, int minute)
    {
        var tp = (int)(precision * 100);
        var report = new ScoreReport([], new ClassScore("overall", tp, 100 - tp, (int)(tp / recall) - tp), 0, 0);
        return PredictionSubmission.Scored(DataSet.Create("2023", new DataSetInput { Slug = "x", Position = 0, NameVi = "x", NameEn = "x", DescriptionVi = "x", DescriptionEn = "x" }, DateTime.UnixEpoch),
            teamId, "user", "p.csv", "00", 1, report, DateTime.UnixEpoch.AddMinutes(minute));
    }

    [Theory]
    [InlineData("GET", 200, null, 5000, true)]
    [InlineData("GET", 206, "bytes 100-4999/5000", 5000, true)]
    [InlineData("GET", 206, "bytes 0-99/5000", 5000, false)]
    [InlineData("HEAD", 200, null, 5000, false)]
    [InlineData("GET", 304, null, 5000, false)]
    [InlineData("GET", 416, "bytes */5000", 5000, false)]
    public void A_download_counts_when_it_serves_the_whole_file_or_reaches_its_end(string method, int status, string? range, long length, bool counts) =>
        Assert.Equal(counts, DownloadCounting.Counts(method, status, range, length));

    [Theory]
    [InlineData("ai", true)]
    [InlineData("dan-cu-2023", true)]
    [InlineData("9x", true)]
    [InlineData("a", false)]
    [InlineData("-ai", false)]
    [InlineData("AI", false)]
    [InlineData("trí-tuệ", false)]
    [InlineData("ai tao sinh", false)]
    [InlineData("a123456789012345678901234567890123456789", true)]
    [InlineData("a1234567890123456789012345678901234567890", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_topic_code_is_2_to_40_lower_case_letters_digits_and_hyphens_not_starting_with_a_hyphen(string? code, bool valid) =>
        Assert.Equal(valid, DataSetRules.IsTopicCode(code));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1000, true)]
    [InlineData(DataSetRules.MaxPosition, true)]
    [InlineData(DataSetRules.MaxPosition + 1, false)]
    [InlineData(int.MaxValue, false)]
    [InlineData(null, false)] // the field left empty, or not a whole number
    public void An_entry_is_refused_a_position_outside_0_to_the_largest(int? position, bool valid)
    {
        var input = new DataSetInput { Slug = "dan-cu", NameVi = "Dân cư", NameEn = "Population", DescriptionVi = "Mô tả", DescriptionEn = "About", Position = position };

        var errors = DataSetRules.Validate(input, [], []);

        Assert.Equal(valid, DataSetRules.IsPosition(position));
        Assert.Equal(valid ? [] : ["Position"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Teams_are_ranked_by_their_best_F1_and_equal_scores_share_a_rank_with_the_earlier_listed_first()
    {
        var rows = Leaderboard.Rank([Submission(1, 0.5, 0.5, 1), Submission(1, 0.9, 0.9, 2), Submission(2, 0.9, 0.9, 1), Submission(3, 0.4, 0.4, 0)]);

        Assert.Equal([2, 1, 3], rows.Select(r => r.TeamId));
        Assert.Equal([1, 1, 3], rows.Select(r => r.Rank));
        Assert.Equal(2, rows.Single(r => r.TeamId == 1).Submissions);
    }

    [Theory]
    [InlineData("record_id,class,group_id\n1,invalid_number,1\n10,address_farm,2\r\n", null)]
    [InlineData("\uFEFFRecord_ID, Class ,group_id\n1,noise_typo,1\n", null)]
    [InlineData("", "Catalogue.Predictions.Empty")]
    [InlineData("just some words", "Catalogue.Predictions.NotCsv")]
    [InlineData("record_id,class\n1,invalid_number\n", "Catalogue.Predictions.Columns")]
    [InlineData("record_id,class,group_id\n0,invalid_number,1\n", "Catalogue.Predictions.UnknownRecord")]
    [InlineData("record_id,class,group_id\n11,invalid_number,1\n", "Catalogue.Predictions.UnknownRecord")]
    [InlineData("record_id,class,group_id\n-1,invalid_number,1\n", "Catalogue.Predictions.Row")]
    [InlineData("record_id,class,group_id\n1,fraud,1\n", "Catalogue.Predictions.UnknownClass")]
    public void A_predictions_file_is_read_or_refused_with_its_first_problem(string text, string? error)
    {
        var parse = PredictionFile.Read(Encoding.UTF8.GetBytes(text), recordCount: 10);

        Assert.Equal(error, parse.Error?.MessageKey);
        Assert.Equal(error is null, parse.Rows is not null);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_text_is_not_CSV() =>
        Assert.Equal("Catalogue.Predictions.NotCsv", PredictionFile.Read([0x72, 0x2C, 0xC3, 0x28, 0x0A], 10).Error?.MessageKey);

    [Fact]
    public void An_entry_needs_an_address_both_names_known_categories_and_topics_and_a_web_link()
    {
        var input = new DataSetInput
        {
            Slug = "Q Traffic", NameVi = "Q-Traffic", DescriptionVi = "Mô tả", DescriptionEn = "About", Categories = ["sports"], Topics = ["x"],
            SourceUrl = "javascript:alert(1)", SizeBytes = -1, Position = 1,
        };

        var fields = DataSetRules.Validate(input, ["government", "society", "economy"], ["trips-driving"]).Select(e => e.Field);

        Assert.Equal(["Slug", "NameEn", "Categories", "Topics", "SourceUrl", "SizeBytes"], fields);
    }

    [Fact]
    public void A_hosted_file_name_loses_its_folders_and_reserved_characters_and_its_type_follows_the_extension()
    {
        Assert.Equal("bus.csv", HostedFileName.Clean("..\\..\\data/bus.csv"));
        Assert.Equal("ab.parquet", HostedFileName.Clean("a\u0000<b>.parquet"));
        Assert.Equal("data.bin", HostedFileName.Clean("   "));
        Assert.Equal("application/vnd.apache.parquet", HostedFileName.ContentType("ab.parquet"));
        Assert.Equal("application/octet-stream", HostedFileName.ContentType("setup.exe"));
    }
}
