using DataForLife.Web.Domain.Audit;
using DataForLife.Web.Features.Audit;

namespace DataForLife.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= length; i++)
        {
            var entry = new AuditEntry
            {
                Sequence = i,
                AtUtc = AuditChain.Truncate(new DateTime(2023, 9, 1, 8, 0, i, DateTimeKind.Utc).AddTicks(1234)),
                ActorName = "Trần Thị Bình",
                Action = "edition.updated",
                EntityType = "Edition",
                EntityId = "2023",
                AfterJson = $"{{\"step\":{i}}}",
                PreviousHash = previous,
            };
            entry.Hash = AuditChain.HashOf(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }

    private static Task<long?> FirstBreak(IEnumerable<AuditEntry> entries) => AuditChain.FirstBreakAsync(entries.ToAsyncEnumerable());

    [Fact]
    public async Task An_untouched_chain_has_no_break() => Assert.Null(await FirstBreak(Chain(5)));

    [Fact]
    public async Task Changing_an_entrys_content_breaks_the_chain_at_that_entry()
    {
        var entries = Chain(5);
        entries[2].AfterJson = "{\"step\":99}";

        Assert.Equal(3, await FirstBreak(entries));
    }

    [Fact]
    public async Task Removing_an_entry_breaks_the_chain_where_it_was()
    {
        var entries = Chain(5);
        entries.RemoveAt(1);

        Assert.Equal(3, await FirstBreak(entries));
    }

    [Fact]
    public async Task Rehashing_one_altered_entry_still_breaks_the_next()
    {
        var entries = Chain(5);
        entries[1].Reason = "sửa lén";
        entries[1].Hash = AuditChain.HashOf(entries[1]);

        Assert.Equal(3, await FirstBreak(entries));
    }

    [Fact]
    public void Times_are_hashed_to_the_millisecond_so_every_database_returns_what_was_hashed()
    {
        var truncated = AuditChain.Truncate(new DateTime(2023, 9, 1, 8, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567));

        Assert.Equal(new DateTime(2023, 9, 1, 8, 0, 0, 123, DateTimeKind.Utc), truncated);
    }
}
