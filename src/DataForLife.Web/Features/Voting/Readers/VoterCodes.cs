using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Email;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>
/// One-time codes that prove a reader holds an e-mail address or a phone number. A code is six random digits, kept
/// only as a hash, valid for <see cref="Lifetime"/> and <see cref="MaxAttempts"/> tries; a new code replaces the
/// address's earlier ones. The limits on sending are counted in the database, so they hold across instances.
/// </summary>
public sealed class VoterCodes(AppDbContext db, DatabaseSettings settings, EmailOutbox outbox, ISmsSender sms,
    IStringLocalizer<SharedResource> l, Infrastructure.Operations.PlatformMetrics metrics, ILogger<VoterCodes> logger)
{
    public const int MaxAttempts = 5;
    public const int SendsPerAddress = 3;
    public const int SendsPerNetwork = 20;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan NetworkWindow = TimeSpan.FromHours(1);

    /// <summary>Sends a new code to the reader, unless the address or the network (<see cref="VoteKeys.Network"/>) has had its share.</summary>
    public async Task<CodeSendResult> SendAsync(VoterIdentity voter, string network, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voter);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var row = new VoterCode
        {
            Id = Guid.NewGuid(), Channel = voter.Channel, Address = voter.Address, CreatedAtUtc = nowUtc, ExpiresAtUtc = nowUtc + Lifetime, Network = network,
        };
        row.CodeHash = Convert.ToHexStringLower(Hash(row.Id, code));
        var minutes = (int)Lifetime.TotalMinutes;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Counting and adding must not interleave with another send for the same address or network: SQLite's
            // transaction takes the write lock at its start; PostgreSQL takes two advisory locks, always in this order.
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey("address:" + voter.Address)})", cancellationToken);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey("network:" + network)})", cancellationToken);
            }

            var byAddress = await SentSinceAsync(db.VoterCodes.Where(c => c.Address == voter.Address), nowUtc - AddressWindow, cancellationToken);
            if (byAddress.Count >= SendsPerAddress)
            {
                logger.LogInformation("A voter code by {Channel} was refused: the address had {Count} codes within {Window}.", voter.Channel, byAddress.Count, AddressWindow);
                return new CodeSendResult(CodeSendOutcome.AddressLimit, MinutesUntilOneMore(byAddress, SendsPerAddress, AddressWindow, nowUtc));
            }

            var byNetwork = await SentSinceAsync(db.VoterCodes.Where(c => c.Network == network), nowUtc - NetworkWindow, cancellationToken);
            if (byNetwork.Count >= SendsPerNetwork)
            {
                logger.LogInformation("A voter code by {Channel} was refused: the network had {Count} codes within {Window}.", voter.Channel, byNetwork.Count, NetworkWindow);
                return new CodeSendResult(CodeSendOutcome.NetworkLimit, MinutesUntilOneMore(byNetwork, SendsPerNetwork, NetworkWindow, nowUtc));
            }

            await db.VoterCodes
                .Where(c => c.Address == voter.Address && c.Channel == voter.Channel && c.UsedAtUtc == null && c.ExpiresAtUtc > nowUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAtUtc, nowUtc), cancellationToken);
            db.VoterCodes.Add(row);
            if (voter.Channel == VoterChannel.Email)
            {
                outbox.Enqueue(voter.Address, l["Voter.Email.Subject", code], l["Voter.Email.Body", code, minutes]);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (voter.Channel == VoterChannel.Phone)
        {
            try
            {
                // The code is committed: it is sent even if the reader's request goes away meanwhile.
                await sms.SendAsync(voter.Address, l["Voter.Sms.Text", code, minutes], CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                logger.LogError(exception, "Voter code {CodeId} could not be handed to the SMS sender.", row.Id);
                metrics.SmsFailures.Add(1);
                return new CodeSendResult(CodeSendOutcome.NotDelivered);
            }
        }

        logger.LogInformation("Voter code {CodeId} sent by {Channel}.", row.Id, voter.Channel);
        return new CodeSendResult(CodeSendOutcome.Sent);
    }

    /// <summary>Checks a typed code against the address's current code; every try counts, right or wrong.</summary>
    public async Task<CodeCheckResult> VerifyAsync(VoterIdentity voter, string code, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(code);
        var ofAddress = db.VoterCodes.AsNoTracking().Where(c => c.Address == voter.Address && c.Channel == voter.Channel);
        var current = await ofAddress.Where(c => c.UsedAtUtc == null && c.ExpiresAtUtc > nowUtc && c.Attempts < MaxAttempts)
            .OrderByDescending(c => c.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        // The try is counted before the code is compared, by one conditional update, so parallel guesses cannot
        // share a try; the update finding nothing means another request used up the code meanwhile.
        if (current is null || await db.VoterCodes
                .Where(c => c.Id == current.Id && c.UsedAtUtc == null && c.ExpiresAtUtc > nowUtc && c.Attempts < MaxAttempts)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken) == 0)
        {
            return new CodeCheckResult(await WhyNoCodeAsync(ofAddress, cancellationToken));
        }

        if (!CryptographicOperations.FixedTimeEquals(Convert.FromHexString(current.CodeHash), Hash(current.Id, code)))
        {
            logger.LogInformation("Voter code {CodeId} was tried with a wrong code ({Attempt} of {Max}).", current.Id, current.Attempts + 1, MaxAttempts);
            return new CodeCheckResult(CodeCheckOutcome.Wrong, TriesLeft: MaxAttempts - current.Attempts - 1);
        }

        var used = await db.VoterCodes.Where(c => c.Id == current.Id && c.UsedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAtUtc, nowUtc), cancellationToken);
        if (used == 0)
        {
            return new CodeCheckResult(CodeCheckOutcome.NoCode);
        }

        logger.LogInformation("Voter code {CodeId} verified a reader by {Channel}.", current.Id, current.Channel);
        return new CodeCheckResult(CodeCheckOutcome.Verified, new VoterIdentity(current.Channel, current.Address));
    }

    /// <summary>The code's hash, keyed by its row's id, so equal codes of two rows do not look alike.</summary>
    public static byte[] Hash(Guid id, string code) => HMACSHA256.HashData(id.ToByteArray(), Encoding.UTF8.GetBytes(code));

    private static async Task<CodeCheckOutcome> WhyNoCodeAsync(IQueryable<VoterCode> ofAddress, CancellationToken cancellationToken)
    {
        var latest = await ofAddress.OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.ExpiresAtUtc).FirstOrDefaultAsync(cancellationToken);
        return latest switch
        {
            null or { UsedAtUtc: not null } => CodeCheckOutcome.NoCode,
            { Attempts: >= MaxAttempts } => CodeCheckOutcome.TooManyTries,
            _ => CodeCheckOutcome.Expired,
        };
    }

    private static Task<List<DateTime>> SentSinceAsync(IQueryable<VoterCode> codes, DateTime sinceUtc, CancellationToken cancellationToken) =>
        codes.Where(c => c.CreatedAtUtc > sinceUtc).Select(c => c.CreatedAtUtc).OrderBy(t => t).ToListAsync(cancellationToken);

    /// <summary>Whole minutes (at least one) until enough of the sends within the window have left it for one more.</summary>
    private static int MinutesUntilOneMore(List<DateTime> sentAscending, int limit, TimeSpan window, DateTime nowUtc)
    {
        var leaves = sentAscending[sentAscending.Count - limit] + window;
        return Math.Max(1, (int)Math.Ceiling((leaves - nowUtc).TotalMinutes));
    }

    private static long LockKey(string value) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes("voter-code:" + value)));
}
