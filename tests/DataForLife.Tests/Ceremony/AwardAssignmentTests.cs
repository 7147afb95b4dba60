using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;

namespace DataForLife.Tests.Ceremony;

public class AwardAssignmentTests
{
    private static readonly IReadOnlyList<Prize> PrizeTable =
    [
        new("first", new("Giải Nhất", "First prize"), 1, 200_000_000),
        new("second", new("Giải Nhì", "Second prize"), 1, 100_000_000),
        new("third", new("Giải Ba", "Third prize"), 1, 50_000_000),
        new("consolation", new("Giải Khuyến khích", "Consolation prize"), 2, 10_000_000),
    ];

    private static EntryStanding Place(int entry, int rank, bool tied = false, bool decided = false) =>
        new(entry, rank, 50, 50, 50, 0, 100 - rank, 5, 0, tied, decided);

    private static IReadOnlyList<AwardLine> Awards(AwardOutcome outcome) => Assert.IsType<AwardOutcome.Assigned>(outcome).Awards;

    [Fact]
    public void The_plans_prize_table_gives_first_second_third_and_two_consolation_prizes_to_the_first_five()
    {
        var awards = Awards(AwardAssignment.Assign([.. Enumerable.Range(1, 10).Select(i => Place(100 + i, i))], PrizeTable));

        Assert.Equal([101, 102, 103, 104, 105], awards.Select(a => a.EntryId));
        Assert.Equal(["first", "second", "third", "consolation", "consolation"], awards.Select(a => a.Prize.Code));
        Assert.Equal(370_000_000, awards.Sum(a => a.Prize.AmountVnd));
    }

    [Fact]
    public void A_tie_still_open_at_a_prize_line_gives_no_prize_at_all()
    {
        var standings = new[] { Place(1, 1), Place(2, 2, tied: true), Place(3, 2, tied: true), Place(4, 4), Place(5, 5) };

        var tie = Assert.IsType<AwardOutcome.OpenTie>(AwardAssignment.Assign(standings, PrizeTable));

        Assert.Equal([2, 3], tie.EntryIds);
    }

    [Fact]
    public void A_tie_the_head_decided_gives_each_team_the_prize_of_the_place_given()
    {
        // The head put team 3 second and team 2 third: their totals are equal, their prizes are not.
        var standings = new[] { Place(1, 1), Place(3, 2, decided: true), Place(2, 3, decided: true), Place(4, 4), Place(5, 5) };

        var awards = Awards(AwardAssignment.Assign(standings, PrizeTable));

        Assert.Equal("second", awards.Single(a => a.EntryId == 3).Prize.Code);
        Assert.Equal("third", awards.Single(a => a.EntryId == 2).Prize.Code);
    }

    [Fact]
    public void Teams_equal_within_one_prize_line_share_the_place_and_the_prize()
    {
        // Fourth and fifth are both consolation places: equal there, nothing needs deciding.
        var standings = new[] { Place(1, 1), Place(2, 2), Place(3, 3), Place(4, 4), Place(5, 4), Place(6, 6) };

        var awards = Awards(AwardAssignment.Assign(standings, PrizeTable));

        Assert.Equal([(4, 4, "consolation"), (5, 4, "consolation")], awards.Where(a => a.Rank == 4).Select(a => (a.EntryId, a.Rank, a.Prize.Code)));
        Assert.DoesNotContain(awards, a => a.EntryId == 6);
    }

    [Fact]
    public void A_line_of_the_table_with_no_prizes_covers_no_place()
    {
        IReadOnlyList<Prize> table = [PrizeTable[0], new("special", new("Giải đặc biệt", "Special prize"), 0, 500_000_000), PrizeTable[1]];

        var awards = Awards(AwardAssignment.Assign([Place(1, 1), Place(2, 2), Place(3, 3)], table));

        Assert.Equal(["first", "second"], awards.Select(a => a.Prize.Code));
    }

    [Fact]
    public void Fewer_finalists_than_prizes_leave_the_last_prizes_ungiven()
    {
        var awards = Awards(AwardAssignment.Assign([Place(7, 1), Place(8, 2)], PrizeTable));

        Assert.Equal(["first", "second"], awards.Select(a => a.Prize.Code));
    }

    [Fact]
    public void The_order_standings_arrive_in_does_not_change_who_wins_what()
    {
        var standings = Enumerable.Range(1, 8).Select(i => Place(i, i)).ToList();

        var forward = Awards(AwardAssignment.Assign(standings, PrizeTable));
        var backward = Awards(AwardAssignment.Assign([.. Enumerable.Reverse(standings)], PrizeTable));

        Assert.Equal(forward, backward);
    }
}
