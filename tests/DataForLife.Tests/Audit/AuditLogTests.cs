using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Audit;

[Trait("Category", "Integration")]
public sealed class AuditLogTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task RecordAsync(string action, int count) => factory.WithScopeAsync(async sp =>
    {
        var audit = sp.GetRequiredService<AuditLog>();
        for (var i = 0; i < count; i++)
        {
            audit.Record(action, "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), after: new { ten = "Đội Sao Mai", i });
        }

        await audit.SaveChangesAsync();
    });

    [Fact]
    public async Task Concurrent_writers_keep_one_unbroken_chain()
    {
        using (var probe = OverlapProbe.Attach(factory.Services, "audit.append", expected: 8))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RecordAsync("test.concurrent", 5)));
            Assert.True(probe.Overlapped, "the first writer was held inside until all eight had asked for the log");
        }

        var firstBreak = await factory.WithScopeAsync(sp => AuditChain.FirstBreakAsync(
            sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable()));
        var count = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "test.concurrent"));
        Assert.Null(firstBreak);
        Assert.Equal(40, count);
    }

    [Fact]
    public async Task The_platform_refuses_to_change_or_remove_an_entry()
    {
        await RecordAsync("test.append-only", 1);

        var (changed, removed) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var entry = await db.AuditEntries.FirstAsync(a => a.Action == "test.append-only");
            entry.Reason = "rewritten";
            var change = await Record.ExceptionAsync(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(a => a.Action == "test.append-only"));
            var removal = await Record.ExceptionAsync(() => db.SaveChangesAsync());
            return (change, removal);
        });

        Assert.IsType<InvalidOperationException>(changed);
        Assert.IsType<InvalidOperationException>(removed);
        var kept = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "test.append-only"));
        Assert.Null(kept.Reason);
    }

    [Fact]
    public async Task An_organiser_browses_the_log_and_sees_tampering_detected()
    {
        await RecordAsync("test.browse", 3);
        await factory.CreateUserAsync("audit@c06.gov.vn", role: Roles.Organizer);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("audit@c06.gov.vn");

        var intact = await client.GetStringAsync("/organizer/audit?action=test.browse&verify=true");
        Assert.Contains("Chuỗi băm nguyên vẹn", intact, StringComparison.Ordinal);
        Assert.Contains("3 bản ghi", intact, StringComparison.Ordinal);

        var target = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Action == "test.browse").MinAsync(a => a.Sequence));
        await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Sequence == target).ExecuteUpdateAsync(s => s.SetProperty(a => a.AfterJson, "{\"ten\":\"Đội khác\"}")));

        var broken = await client.GetStringAsync("/organizer/audit?verify=true");
        Assert.Contains($"bản ghi số {target}", broken, StringComparison.Ordinal);
    }
}
