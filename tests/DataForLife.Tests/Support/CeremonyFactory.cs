using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// The 2023 edition at its final: twelve teams, the earlier rounds already published (written as published, they are
/// not what these tests are about), and the clock on 24 November at 10:00, the final scored and ready to publish. The
/// ceremony is at 19:00 that day.
/// </summary>
public sealed class CeremonyFactory : JudgingFactory
{
    private CeremonyStage _stage = null!;

    public static readonly DateTimeOffset FinalDay = EditionSamples.Vietnam(2023, 11, 24, 10);
    public static readonly DateTimeOffset CeremonyTime = EditionSamples.Vietnam(2023, 11, 24, 19);

    public const string Organiser = "btc-trao-giai@c06.gov.vn";
    public const string Observer = "bcd-trao-giai@c06.gov.vn";

    /// <summary>The ten finalists, best first by the scores they are given.</summary>
    public IReadOnlyList<int> Finalists { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Organiser, role: Roles.Organizer);
        await CreateUserAsync(Observer, role: Roles.Observer);
        _stage = await CeremonyStage.ArrangeAsync(this);
        Finalists = _stage.Finalists;
    }

    public Task ScoreFinalAsync(Func<int, double>? score = null) => _stage.ScoreFinalAsync(score);

    public Task<(bool Published, IReadOnlyList<IReadOnlyList<int>> OpenTies)> PublishFinalAsync() => _stage.PublishFinalAsync();
}
