using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;

namespace DataForLife.Tests.Judging;

public sealed class PublicationConfirmationTests
{
    private static readonly LocalizedText Round1 = new("Vòng hồ sơ (sơ loại)", "Round 1: dossiers");

    [Theory]
    [InlineData("Vòng hồ sơ (sơ loại)")]
    [InlineData("  vòng  HỒ sơ (sơ loại) ")]
    [InlineData("vong ho so (so loai)")]
    [InlineData("Round 1: dossiers")]
    [InlineData("round 1: DOSSIERS")]
    public void The_rounds_name_in_either_language_confirms(string typed) => Assert.True(PublicationConfirmation.NameMatches(Round1, typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Vòng hồ sơ")]
    [InlineData("round1")]
    [InlineData("Vòng sơ khảo")]
    [InlineData("yes")]
    public void Anything_else_does_not(string? typed) => Assert.False(PublicationConfirmation.NameMatches(Round1, typed));

    [Fact]
    public void An_empty_english_name_is_not_matched_by_an_empty_answer() =>
        Assert.False(PublicationConfirmation.NameMatches(new LocalizedText("Vòng 1", ""), ""));

    [Fact]
    public void Only_an_end_moved_from_ahead_to_now_or_before_closes_the_round_early()
    {
        var now = new DateTimeOffset(2023, 9, 25, 3, 0, 0, TimeSpan.Zero);
        Assert.True(PublicationConfirmation.EndMovedIntoPast(now.AddDays(4), now.AddHours(-1), now));
        Assert.True(PublicationConfirmation.EndMovedIntoPast(now.AddDays(4), now, now));
        Assert.False(PublicationConfirmation.EndMovedIntoPast(now.AddDays(4), now.AddDays(1), now));
        Assert.False(PublicationConfirmation.EndMovedIntoPast(now.AddDays(-1), now.AddDays(-2), now));
        Assert.False(PublicationConfirmation.EndMovedIntoPast(now, now.AddDays(-2), now));
    }

    [Fact]
    public void Ties_block_but_need_no_typed_name_while_missing_sheets_conflicts_and_quarantines_ask_for_it()
    {
        PublicationReadiness Readiness(int missing = 0, int ties = 0, int pending = 0, int quarantines = 0) => new(
            [.. Enumerable.Range(0, missing).Select(i => new PublicationReadiness.JudgeSheets($"j{i}", $"Judge {i}", 1, 3))],
            [.. Enumerable.Range(0, ties).Select(i => (IReadOnlyList<int>)[i, i + 1])],
            [.. Enumerable.Range(0, pending).Select(i => new PublicationReadiness.PendingConflict($"j{i}", $"Judge {i}", i, "organisation"))],
            quarantines, quarantines * 10);

        Assert.True(Readiness().IsComplete);
        Assert.False(Readiness().NeedsTypedConfirmation);
        Assert.False(Readiness(ties: 1).IsComplete);
        Assert.False(Readiness(ties: 1).NeedsTypedConfirmation);
        Assert.True(Readiness(missing: 2).NeedsTypedConfirmation);
        Assert.Equal(4, Readiness(missing: 2).SheetsMissing);
        Assert.True(Readiness(pending: 1).NeedsTypedConfirmation);
        Assert.True(Readiness(quarantines: 1).NeedsTypedConfirmation);
    }
}
