using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Tests.Editions;

public sealed class EditionRulesTests
{
    private static readonly EditionDefinition Plan = EditionSamples.Plan2023;

    [Fact]
    public void The_plans_edition_is_valid() => Assert.Empty(EditionRules.Validate(Plan));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 10)]
    [InlineData(20, 20)]
    [InlineData(50, 20)] // an edition file written before the limit: uploads and the page's hint keep to 20
    public void Teams_may_upload_the_editions_number_of_photos_and_never_more_than_20(int maxPhotos, int allowed) =>
        Assert.Equal(allowed, new SubmissionSettings { MaxPhotos = maxPhotos }.PhotosAllowed());

    [Fact]
    public void The_plans_prizes_total_370_million_dong()
    {
        Assert.Equal(370_000_000L, Plan.PrizeTotalVnd);
        Assert.Equal([200_000_000L, 100_000_000L, 50_000_000L, 10_000_000L], Plan.Prizes.Select(p => p.AmountVnd));
        Assert.Equal(5, Plan.Prizes.Sum(p => p.Count));
    }

    [Fact]
    public void The_plans_edition_states_its_three_categories_rounds_and_deadline()
    {
        Assert.Equal(["government", "society", "economy"], Plan.Categories.Select(c => c.Code));
        Assert.Equal("Chính phủ số", Plan.Categories[0].Name.Vi);
        Assert.Equal([30, 10, 5], Plan.Rounds.Select(r => r.Quota));
        Assert.True(Plan.FindRound("round2")!.TakesVoteBonus);
        Assert.Equal(EditionSamples.Vietnam(2023, 8, 7), Plan.FindPhase("submission")!.StartsAt);
        Assert.Equal(EditionSamples.Vietnam(2023, 9, 15), Plan.FindPhase("submission")!.EndsAt);
        Assert.Equal(3, Plan.Bodies.Single(b => b.Code == "jury").Groups.Count);
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        var submission = Plan.Timeline.Single(p => p.Code == "submission");
        var broken = Plan with { Timeline = [.. Plan.Timeline.Select(p => p.Code == "submission" ? p with { EndsAt = p.StartsAt.AddDays(-1) } : p)] };

        var error = Assert.Single(EditionRules.Validate(broken));

        Assert.Equal("WindowEndsBeforeStart", error.Code);
        Assert.Equal($"Timeline[{Plan.Timeline.ToList().IndexOf(submission)}].EndsAt", error.Field);
    }

    [Fact]
    public void A_window_that_ends_when_it_starts_is_refused()
    {
        var broken = Plan with { Timeline = [.. Plan.Timeline.Select(p => p.Code == "final" ? p with { EndsAt = p.StartsAt } : p)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "WindowEndsBeforeStart");
    }

    [Fact]
    public void A_quota_larger_than_the_previous_rounds_is_refused()
    {
        var broken = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round2" ? r with { Quota = 31 } : r)] };

        var error = Assert.Single(EditionRules.Validate(broken));

        Assert.Equal("QuotaAbovePrevious", error.Code);
        Assert.Equal("Rounds[1].Quota", error.Field);
    }

    [Fact]
    public void A_quota_equal_to_the_previous_rounds_is_allowed()
    {
        var equal = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round2" ? r with { Quota = 30 } : r)] };

        Assert.Empty(EditionRules.Validate(equal));
    }

    [Fact]
    public void A_round_that_selects_nobody_is_refused()
    {
        var broken = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round1" ? r with { Quota = 0 } : r)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "QuotaNotPositive" && e.Field == "Rounds[0].Quota");
    }

    [Fact]
    public void A_negative_prize_is_refused()
    {
        var broken = Plan with { Prizes = [.. Plan.Prizes.Select(p => p.Code == "third" ? p with { AmountVnd = -1 } : p)] };

        var error = Assert.Single(EditionRules.Validate(broken));

        Assert.Equal("NegativePrize", error.Code);
        Assert.Equal("Prizes[2].AmountVnd", error.Field);
    }

    [Fact]
    public void A_negative_number_of_prizes_is_refused()
    {
        var broken = Plan with { Prizes = [.. Plan.Prizes.Select(p => p.Code == "first" ? p with { Count = -1 } : p)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "NegativePrizeCount");
    }

    [Fact]
    public void More_prizes_than_ranked_finalists_are_refused()
    {
        var broken = Plan with { Prizes = [.. Plan.Prizes.Select(p => p.Code == "consolation" ? p with { Count = 3 } : p)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "MorePrizesThanFinalists");
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(3, 2)]
    public void A_team_size_range_that_cannot_hold_a_team_is_refused(int min, int max)
    {
        var broken = Plan with { Teams = new TeamSettings { MinSize = min, MaxSize = max } };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "TeamSize");
    }

    [Fact]
    public void A_name_missing_in_one_language_is_refused()
    {
        var broken = Plan with { Name = new LocalizedText("Tên", " ") };

        Assert.Contains(EditionRules.Validate(broken), e => e.Field == "Name.En" && e.Code == "Required");
    }

    [Fact]
    public void Two_categories_with_one_code_are_refused()
    {
        var broken = Plan with { Categories = [.. Plan.Categories, Plan.Categories[0]] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "DuplicateCode" && e.Field == "Categories");
    }

    [Fact]
    public void A_round_scored_in_a_window_the_timeline_lacks_is_refused()
    {
        var broken = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "final" ? r with { PhaseCode = "nowhere" } : r)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "UnknownPhase");
    }

    [Fact]
    public void A_vote_bonus_outside_the_100_point_scale_is_refused()
    {
        var broken = Plan with { Voting = Plan.Voting with { BonusPoints = -1 } };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "BonusPoints");
    }

    [Theory]
    [InlineData("2023", true)]
    [InlineData("demo", true)]
    [InlineData("2024-spring", true)]
    [InlineData("", false)]
    [InlineData("x", false)]
    [InlineData("Năm-2024", false)]
    [InlineData("../etc", false)]
    [InlineData("a-very-long-edition-identifier", false)]
    public void Edition_ids_are_short_lowercase_words(string id, bool valid) => Assert.Equal(valid, EditionRules.IsValidId(id));

    [Fact]
    public void Criteria_may_change_until_their_round_opens_and_not_after()
    {
        var changed = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round1" ? r with { Criteria = [.. r.Criteria.Select(c => c with { Weight = c.Weight + 1 })] } : r)] };

        Assert.Empty(EditionRules.ValidateChange(Plan, changed, EditionSamples.Vietnam(2023, 9, 14, 23, 59)));
        var error = Assert.Single(EditionRules.ValidateChange(Plan, changed, EditionSamples.Vietnam(2023, 9, 15)));
        Assert.Equal("CriteriaFrozen", error.Code);
    }

    [Fact]
    public void How_many_entries_a_round_selects_may_change_until_it_opens_and_not_after()
    {
        var changed = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round1" ? r with { Quota = 25 } : r)] };

        Assert.Empty(EditionRules.ValidateChange(Plan, changed, EditionSamples.Vietnam(2023, 9, 14, 23, 59)));
        var error = Assert.Single(EditionRules.ValidateChange(Plan, changed, EditionSamples.Vietnam(2023, 9, 15)));
        Assert.Equal("QuotaFrozen", error.Code);
    }

    [Fact]
    public void The_vote_s_rule_and_bonus_may_change_until_the_vote_opens_and_not_after()
    {
        var bonus = Plan with { Voting = Plan.Voting with { BonusPoints = 5 } };
        var rule = Plan with { Voting = Plan.Voting with { Rule = VoteRule.OnePerEntryPerDay } };
        var gallery = Plan with { Voting = Plan.Voting with { GalleryOrder = GalleryOrder.Alphabetical } };
        var opened = EditionSamples.Vietnam(2023, 9, 29, 12);

        Assert.Empty(EditionRules.ValidateChange(Plan, bonus, opened.AddMinutes(-1)));
        Assert.Equal("VotingFrozen", Assert.Single(EditionRules.ValidateChange(Plan, bonus, opened)).Code);
        Assert.Equal("VotingFrozen", Assert.Single(EditionRules.ValidateChange(Plan, rule, opened)).Code);
        Assert.Empty(EditionRules.ValidateChange(Plan, gallery, opened));
    }

    [Fact]
    public void An_opened_round_or_vote_keeps_its_start_and_a_closed_vote_stays_closed()
    {
        static EditionDefinition Moved(string code, TimeSpan start, TimeSpan end) => Plan with
        {
            Timeline = [.. Plan.Timeline.Select(p => p.Code == code ? p with { StartsAt = p.StartsAt + start, EndsAt = p.EndsAt + end } : p)],
        };
        var inVote = EditionSamples.Vietnam(2023, 10, 1);
        var afterVote = EditionSamples.Vietnam(2023, 10, 7);

        Assert.Empty(EditionRules.ValidateChange(Plan, Moved("voting", TimeSpan.FromDays(1), TimeSpan.Zero), EditionSamples.Vietnam(2023, 9, 29)));
        Assert.Equal("PhaseStartFrozen", Assert.Single(EditionRules.ValidateChange(Plan, Moved("voting", TimeSpan.FromDays(1), TimeSpan.Zero), inVote)).Code);
        Assert.Equal("PhaseStartFrozen", Assert.Single(EditionRules.ValidateChange(Plan, Moved("round1", TimeSpan.FromHours(1), TimeSpan.Zero), inVote)).Code);
        // Ending an open vote early, or later, is the organisers' to decide; reopening a closed one is not.
        Assert.Empty(EditionRules.ValidateChange(Plan, Moved("voting", TimeSpan.Zero, TimeSpan.FromDays(-1)), inVote));
        Assert.Equal("VotingClosedFrozen", Assert.Single(EditionRules.ValidateChange(Plan, Moved("voting", TimeSpan.Zero, TimeSpan.FromDays(3)), afterVote)).Code);
    }

    [Fact]
    public void The_calibration_is_frozen_with_the_criteria()
    {
        var changed = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round2" ? r with { Calibration = Calibration.Raw } : r)] };

        Assert.Single(EditionRules.ValidateChange(Plan, changed, EditionSamples.Vietnam(2023, 10, 1)));
    }

    [Fact]
    public void Every_round_of_the_plan_has_weighted_criteria_and_a_round_without_any_is_refused()
    {
        Assert.All(Plan.Rounds, r => Assert.InRange(r.Criteria.Count, 5, 6));
        var broken = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "final" ? r with { Criteria = [] } : r)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "NoCriteria");
    }

    [Fact]
    public void A_criterion_without_a_positive_weight_is_refused()
    {
        var broken = Plan with { Rounds = [.. Plan.Rounds.Select(r => r.Code == "round1" ? r with { Criteria = [r.Criteria[0] with { Weight = 0 }] } : r)] };

        Assert.Contains(EditionRules.Validate(broken), e => e.Code == "CriterionInvalid");
    }
}
