using System.Text.RegularExpressions;

namespace DataForLife.Web.Domain.Editions;

/// <summary>What makes an edition coherent. Used by the organisers' pages, the API, the copy and the seed.</summary>
public static partial class EditionRules
{
    public static IReadOnlyList<EditionError> Validate(EditionDefinition edition)
    {
        var errors = new List<EditionError>();
        RequireText(errors, "Name", edition.Name);
        RequireText(errors, "Theme", edition.Theme);
        if (!CodePrefixPattern().IsMatch(edition.PublicCodePrefix))
        {
            errors.Add(new EditionError("PublicCodePrefix", "CodePrefix"));
        }

        ValidateCategories(edition, errors);
        ValidateTimeline(edition, errors);
        ValidateRounds(edition, errors);
        ValidatePrizes(edition, errors);
        ValidateSettings(edition, errors);
        ValidateCeremony(edition, errors);
        return errors;
    }

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    private static void ValidateCategories(EditionDefinition edition, List<EditionError> errors)
    {
        if (edition.Categories.Count == 0)
        {
            errors.Add(new EditionError("Categories", "NoCategory"));
        }

        for (var i = 0; i < edition.Categories.Count; i++)
        {
            RequireText(errors, $"Categories[{i}].Name", edition.Categories[i].Name);
        }

        AddDuplicates(errors, "Categories", edition.Categories.Select(c => c.Code));
    }

    private static void ValidateTimeline(EditionDefinition edition, List<EditionError> errors)
    {
        for (var i = 0; i < edition.Timeline.Count; i++)
        {
            var phase = edition.Timeline[i];
            RequireText(errors, $"Timeline[{i}].Name", phase.Name);
            if (phase.EndsAt <= phase.StartsAt)
            {
                errors.Add(new EditionError($"Timeline[{i}].EndsAt", "WindowEndsBeforeStart", phase.Name.Current));
            }
        }

        AddDuplicates(errors, "Timeline", edition.Timeline.Select(p => p.Code));
        if (edition.FindPhase(edition.Voting.PhaseCode) is null)
        {
            errors.Add(new EditionError("Voting.PhaseCode", "UnknownPhase", edition.Voting.PhaseCode));
        }
    }

    private static void ValidateRounds(EditionDefinition edition, List<EditionError> errors)
    {
        for (var i = 0; i < edition.Rounds.Count; i++)
        {
            var round = edition.Rounds[i];
            RequireText(errors, $"Rounds[{i}].Name", round.Name);
            if (round.Quota < 1)
            {
                errors.Add(new EditionError($"Rounds[{i}].Quota", "QuotaNotPositive", round.Name.Current));
            }
            else if (i > 0 && round.Quota > edition.Rounds[i - 1].Quota)
            {
                var previous = edition.Rounds[i - 1];
                errors.Add(new EditionError($"Rounds[{i}].Quota", "QuotaAbovePrevious", round.Name.Current, round.Quota, previous.Name.Current, previous.Quota));
            }

            if (edition.FindPhase(round.PhaseCode) is null)
            {
                errors.Add(new EditionError($"Rounds[{i}].PhaseCode", "UnknownPhase", round.PhaseCode));
            }

            ValidateCriteria(round, i, errors);
        }

        AddDuplicates(errors, "Rounds", edition.Rounds.Select(r => r.Code));
    }

    private static void ValidateCriteria(Round round, int index, List<EditionError> errors)
    {
        if (round.Criteria.Count == 0)
        {
            errors.Add(new EditionError($"Rounds[{index}].Criteria", "NoCriteria", round.Name.Current));
        }

        foreach (var criterion in round.Criteria)
        {
            if (!(double.IsFinite(criterion.Weight) && criterion.Weight > 0) || criterion.ScaleMax is < 1 or > 100)
            {
                errors.Add(new EditionError($"Rounds[{index}].Criteria", "CriterionInvalid", criterion.Name.Current, round.Name.Current));
            }
        }

        AddDuplicates(errors, $"Rounds[{index}].Criteria", round.Criteria.Select(c => c.Code));
        if (round.ReviewersPerEntry < 1 || round.GroupWeights.Values.Any(w => !(double.IsFinite(w) && w > 0)))
        {
            errors.Add(new EditionError($"Rounds[{index}].ReviewersPerEntry", "RoundSettings", round.Name.Current));
        }
    }

    /// <summary>
    /// What a round is judged by is frozen once it opens: its criteria, calibration, group weights and how many entries
    /// go on (the quota: teams and judges were told it, and a published result names who went on). The vote's rule and
    /// bonus are frozen once the vote opens: readers were told them, and a published round may already hold the bonus.
    /// </summary>
    public static IReadOnlyList<EditionError> ValidateChange(EditionDefinition before, EditionDefinition after, DateTimeOffset now)
    {
        var errors = new List<EditionError>();
        for (var i = 0; i < after.Rounds.Count; i++)
        {
            var round = after.Rounds[i];
            var previous = before.FindRound(round.Code);
            var opened = previous is not null && before.FindPhase(previous.PhaseCode) is { } phase && now >= phase.StartsAt;
            if (opened && (EditionJson.Serialize(previous!.Criteria) != EditionJson.Serialize(round.Criteria) || previous.Calibration != round.Calibration))
            {
                errors.Add(new EditionError($"Rounds[{i}].Criteria", "CriteriaFrozen", round.Name.Current));
            }

            if (opened && !SameWeights(previous!.GroupWeights, round.GroupWeights))
            {
                errors.Add(new EditionError($"Rounds[{i}].GroupWeights", "GroupWeightsFrozen", round.Name.Current));
            }

            if (opened && (previous!.Quota != round.Quota || previous.TakesVoteBonus != round.TakesVoteBonus))
            {
                errors.Add(new EditionError($"Rounds[{i}].Quota", "QuotaFrozen", round.Name.Current));
            }
        }

        // Moving an opened window's start would reopen the freezes above; a closed vote stays closed, since a round may
        // already hold the bonus of the votes it had.
        foreach (var code in before.Rounds.Select(r => r.PhaseCode).Append(before.Voting.PhaseCode).Distinct(StringComparer.Ordinal))
        {
            if (before.FindPhase(code) is { } was && now >= was.StartsAt && after.FindPhase(code)?.StartsAt != was.StartsAt)
            {
                errors.Add(new EditionError("Timeline", "PhaseStartFrozen", was.Name.Current));
            }
        }

        if (before.FindPhase(before.Voting.PhaseCode) is { } closed && now >= closed.EndsAt && after.FindPhase(before.Voting.PhaseCode)?.EndsAt != closed.EndsAt)
        {
            errors.Add(new EditionError("Timeline", "VotingClosedFrozen"));
        }

        var votingOpened = before.FindPhase(before.Voting.PhaseCode) is { } vote && now >= vote.StartsAt;
        if (votingOpened && (before.Voting.Rule != after.Voting.Rule || !before.Voting.BonusPoints.Equals(after.Voting.BonusPoints)
            || before.Voting.PhaseCode != after.Voting.PhaseCode))
        {
            errors.Add(new EditionError("Voting", "VotingFrozen"));
        }

        // The tie-breaks order every round's ranking: fixed once the first round has opened.
        var firstOpened = before.Rounds.Count > 0 && before.FindPhase(before.Rounds[0].PhaseCode) is { } first && now >= first.StartsAt;
        if (firstOpened && !before.TieBreaks.SequenceEqual(after.TieBreaks))
        {
            errors.Add(new EditionError("TieBreaks", "TieBreaksFrozen"));
        }

        // The results went public at that time: moving it would hide them again, or say they went public when they did not.
        if (before.Ceremony.ResultsAt is { } released && now >= released && after.Ceremony.ResultsAt != released)
        {
            errors.Add(new EditionError("Ceremony.ResultsAt", "ResultsTimeFrozen"));
        }

        return errors;
    }

    /// <summary>The results are announced once the final has started; the contact's e-mail is one people can write to.</summary>
    private static void ValidateCeremony(EditionDefinition edition, List<EditionError> errors)
    {
        var final = edition.Rounds.Count > 0 ? edition.FindPhase(edition.Rounds[^1].PhaseCode) : null;
        if (edition.Ceremony.ResultsAt is { } at && final is not null && at < final.StartsAt)
        {
            errors.Add(new EditionError("Ceremony.ResultsAt", "ResultsBeforeFinal", final.Name.Current));
        }

        if (edition.Contact.Email.Length > 0 && EmailAddresses.Normalise(edition.Contact.Email) != edition.Contact.Email)
        {
            errors.Add(new EditionError("Contact.Email", "ContactEmail"));
        }
    }

    private static bool SameWeights(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after) =>
        before.Count == after.Count && before.All(w => after.TryGetValue(w.Key, out var weight) && weight.Equals(w.Value));

    private static void ValidatePrizes(EditionDefinition edition, List<EditionError> errors)
    {
        for (var i = 0; i < edition.Prizes.Count; i++)
        {
            var prize = edition.Prizes[i];
            RequireText(errors, $"Prizes[{i}].Name", prize.Name);
            if (prize.AmountVnd < 0)
            {
                errors.Add(new EditionError($"Prizes[{i}].AmountVnd", "NegativePrize", prize.Name.Current));
            }

            if (prize.Count < 0)
            {
                errors.Add(new EditionError($"Prizes[{i}].Count", "NegativePrizeCount", prize.Name.Current));
            }
        }

        var finalists = edition.Rounds.Count > 0 ? edition.Rounds[^1].Quota : 0;
        var prizeCount = edition.Prizes.Sum(p => Math.Max(0, p.Count));
        if (edition.Rounds.Count > 0 && prizeCount > finalists)
        {
            errors.Add(new EditionError("Prizes", "MorePrizesThanFinalists", prizeCount, finalists));
        }
    }

    private static void ValidateSettings(EditionDefinition edition, List<EditionError> errors)
    {
        if (edition.Teams.MinSize < 1 || edition.Teams.MaxSize < edition.Teams.MinSize)
        {
            errors.Add(new EditionError("Teams.MaxSize", "TeamSize", edition.Teams.MinSize, edition.Teams.MaxSize));
        }

        if (edition.Voting.BonusPoints < 0 || edition.Voting.BonusPoints > 100 || double.IsNaN(edition.Voting.BonusPoints))
        {
            errors.Add(new EditionError("Voting.BonusPoints", "BonusPoints"));
        }

        var submission = edition.Submission;
        if (submission.MaxVideoMegabytes is < 1 or > 2048 || submission.MaxPhotoMegabytes is < 1 or > 50 || submission.MaxPhotos is < 0 or > SubmissionSettings.MostPhotos
            || submission.MaxPdfMegabytes is < 1 or > 100
            || submission.MaxTeamMegabytes < Math.Max(submission.MaxVideoMegabytes, Math.Max(submission.MaxPdfMegabytes, submission.MaxPhotoMegabytes)) || submission.MaxTeamMegabytes > 20_000
            || new[] { submission.WhyWords, submission.HowWords, submission.HighlightsWords, submission.ResultsWords }.Any(words => words is < 50 or > 5000))
        {
            errors.Add(new EditionError("Submission", "SubmissionLimits"));
        }

        if (edition.TieBreaks.Distinct().Count() != edition.TieBreaks.Count)
        {
            errors.Add(new EditionError("TieBreaks", "DuplicateTieBreak"));
        }

        if (!edition.Final.IsCoherent)
        {
            errors.Add(new EditionError("Final", "FinalSettings"));
        }
    }

    private static void RequireText(List<EditionError> errors, string field, LocalizedText text)
    {
        if (string.IsNullOrWhiteSpace(text.Vi))
        {
            errors.Add(new EditionError(field + ".Vi", "Required"));
        }

        if (string.IsNullOrWhiteSpace(text.En))
        {
            errors.Add(new EditionError(field + ".En", "Required"));
        }
    }

    private static void AddDuplicates(List<EditionError> errors, string field, IEnumerable<string> codes)
    {
        foreach (var code in codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(new EditionError(field, "DuplicateCode", code));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,19}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z0-9]{2,10}$")]
    private static partial Regex CodePrefixPattern();
}
