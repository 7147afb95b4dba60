using DataForLife.Web.Domain.Mentoring;

namespace DataForLife.Tests.Mentoring;

public sealed class MentorMatchingTests
{
    private static readonly IReadOnlySet<(int, int)> NoJudges = new HashSet<(int, int)>();

    private static FinalistProfile Team(int id, string[] categories, string[] topics, params string[] organisations) =>
        new(id, categories.ToHashSet(), topics, organisations.ToHashSet());

    private static MentorCandidate Mentor(int id, string[] tags, int capacity = 1, string organisation = "") =>
        new(id, tags.ToHashSet(), capacity, organisation);

    [Fact]
    public void Each_team_gets_the_mentor_whose_expertise_fits_it_best()
    {
        var teams = new[] { Team(1, ["economy"], ["credit-scoring"]), Team(2, ["government"], ["identity-fraud", "identity-fraud"]) };
        var mentors = new[] { Mentor(10, ["government", "identity-fraud"]), Mentor(11, ["economy", "credit-scoring"]) };

        var proposals = MentorMatching.Propose(teams, mentors, NoJudges);

        Assert.Equal(11, proposals.Single(p => p.TeamId == 1).StaffId);
        var second = proposals.Single(p => p.TeamId == 2);
        Assert.Equal(10, second.StaffId);
        Assert.Equal(MentorMatching.CategoryWeight + 2, second.Score);
        Assert.Equal(["government", "identity-fraud"], second.MatchedTags);
    }

    [Fact]
    public void A_mentor_from_a_members_organisation_is_never_proposed_even_when_the_best_fit()
    {
        var teams = new[] { Team(1, ["government"], ["identity-fraud"], "dai hoc bach khoa ha noi") };
        var mentors = new[] { Mentor(10, ["government", "identity-fraud"], organisation: "dai hoc bach khoa ha noi"), Mentor(11, ["economy"]) };

        var proposal = Assert.Single(MentorMatching.Propose(teams, mentors, NoJudges));

        Assert.Equal(11, proposal.StaffId);
        Assert.Equal(MentorConflict.SameOrganisation, MentorMatching.Conflict(teams[0], mentors[0], NoJudges));
    }

    [Fact]
    public void A_mentor_who_judges_the_team_is_never_proposed_to_it()
    {
        var teams = new[] { Team(1, ["government"], []), Team(2, ["government"], []) };
        var mentors = new[] { Mentor(10, ["government"], capacity: 2) };
        var judges = new HashSet<(int, int)> { (10, 1) };

        var proposals = MentorMatching.Propose(teams, mentors, judges);

        Assert.Null(proposals.Single(p => p.TeamId == 1).StaffId);
        Assert.Equal(10, proposals.Single(p => p.TeamId == 2).StaffId);
        Assert.Equal(MentorConflict.JudgesTeam, MentorMatching.Conflict(teams[0], mentors[0], judges));
    }

    [Fact]
    public void No_mentor_takes_more_teams_than_their_capacity_and_the_rest_go_to_others()
    {
        var teams = Enumerable.Range(1, 5).Select(i => Team(i, ["society"], ["vehicle-detection"])).ToArray();
        var mentors = new[] { Mentor(10, ["society", "vehicle-detection"], capacity: 2), Mentor(11, ["society"], capacity: 2), Mentor(12, [], capacity: 3) };

        var proposals = MentorMatching.Propose(teams, mentors, NoJudges);

        Assert.All(proposals, p => Assert.NotNull(p.StaffId));
        Assert.Equal(2, proposals.Count(p => p.StaffId == 10));
        Assert.Equal(2, proposals.Count(p => p.StaffId == 11));
        Assert.Equal(1, proposals.Count(p => p.StaffId == 12));
    }

    [Fact]
    public void A_team_no_mentor_may_take_is_left_without_a_proposal()
    {
        var teams = new[] { Team(1, ["economy"], []), Team(2, ["economy"], []) };
        var mentors = new[] { Mentor(10, ["economy"], capacity: 1), Mentor(11, ["economy"], capacity: 0) };

        var proposals = MentorMatching.Propose(teams, mentors, NoJudges);

        Assert.Single(proposals, p => p.StaffId == 10);
        Assert.Single(proposals, p => p.StaffId is null);
    }

    [Fact]
    public void Confirmed_mentors_are_kept_and_count_against_their_capacity()
    {
        var teams = new[] { Team(1, ["economy"], []), Team(2, ["economy"], []) };
        var mentors = new[] { Mentor(10, ["economy"], capacity: 1), Mentor(11, ["government"], capacity: 1) };
        var confirmed = new Dictionary<int, int> { [2] = 10 };

        var proposals = MentorMatching.Propose(teams, mentors, NoJudges, confirmed);

        Assert.Equal(10, proposals.Single(p => p.TeamId == 2).StaffId);
        Assert.Equal(11, proposals.Single(p => p.TeamId == 1).StaffId);
    }

    [Fact]
    public void Equal_fits_spread_over_mentors_and_the_same_inputs_give_the_same_proposal()
    {
        var teams = Enumerable.Range(1, 4).Select(i => Team(i, ["government"], [])).ToArray();
        var mentors = new[] { Mentor(10, ["government"], capacity: 4), Mentor(11, ["government"], capacity: 4) };

        var first = MentorMatching.Propose(teams, mentors, NoJudges);
        var again = MentorMatching.Propose(teams.Reverse().ToArray(), mentors.Reverse().ToArray(), NoJudges);

        Assert.Equal(2, first.Count(p => p.StaffId == 10));
        Assert.Equal(2, first.Count(p => p.StaffId == 11));
        Assert.Equal(first.OrderBy(p => p.TeamId).Select(p => p.StaffId), again.OrderBy(p => p.TeamId).Select(p => p.StaffId));
    }
}
