using System.Data.Common;
using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// The one statement that stores a vote: an insert that does nothing when the same voter already voted for the entry
/// (that day), so the database's unique index decides, in SQLite and PostgreSQL alike, and across instances.
/// </summary>
internal sealed class VoteInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO "Votes" ("EditionId", "TeamId", "VoterKey", "Day", "Source", "PartnerKeyId", "Network", "UserAgent", "CastAtUtc", "Minute")
        VALUES (@edition, @team, @voter, @day, @source, @partner, @network, @agent, @cast, @minute)
        ON CONFLICT ("EditionId", "TeamId", "VoterKey", "Day") DO NOTHING
        """;

    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public VoteInsert(DbConnection connection)
    {
        _command = connection.CreateCommand();
        _command.CommandText = Sql;
        string[] names = ["edition", "team", "voter", "day", "source", "partner", "network", "agent", "cast", "minute"];
        _parameters = names.Select(name =>
            {
                var parameter = _command.CreateParameter();
                parameter.ParameterName = "@" + name;
                _command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
    }

    /// <summary>The transaction the next inserts belong to.</summary>
    public DbTransaction? Transaction
    {
        get => _command.Transaction;
        set => _command.Transaction = value;
    }

    /// <summary>Stores the vote unless it is there already; true when it was new.</summary>
    public async Task<bool> ExecuteAsync(VoteBallot ballot, CancellationToken cancellationToken)
    {
        _parameters[0].Value = ballot.EditionId;
        _parameters[1].Value = ballot.TeamId;
        _parameters[2].Value = ballot.VoterKey;
        _parameters[3].Value = ballot.Day;
        _parameters[4].Value = ballot.Source.ToString();
        _parameters[5].Value = ballot.PartnerKeyId is { } id ? id : DBNull.Value;
        _parameters[6].Value = ballot.Network;
        _parameters[7].Value = ballot.UserAgent;
        _parameters[8].Value = DateTime.SpecifyKind(ballot.CastAtUtc, DateTimeKind.Utc);
        _parameters[9].Value = VoteKeys.Minute(ballot.CastAtUtc);
        return await _command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public void Dispose() => _command.Dispose();
}
