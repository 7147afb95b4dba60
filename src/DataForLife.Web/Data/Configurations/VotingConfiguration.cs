using DataForLife.Web.Domain.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("Votes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.EditionId).HasMaxLength(20);
        builder.Property(v => v.VoterKey).HasMaxLength(64);
        builder.Property(v => v.Network).HasMaxLength(64);
        builder.Property(v => v.UserAgent).HasMaxLength(VoteKeys.MaxUserAgentLength);
        builder.Property(v => v.Source).HasConversion<string>().HasMaxLength(16);
        // The rule itself: one vote per edition, entry, voter and day (0 for the whole window).
        builder.HasIndex(v => new { v.EditionId, v.TeamId, v.VoterKey, v.Day }).IsUnique();
        builder.HasIndex(v => new { v.EditionId, v.TeamId, v.Minute });
        builder.HasIndex(v => new { v.EditionId, v.Network });
        builder.HasIndex(v => v.QuarantineId);
    }
}

public sealed class PartnerKeyConfiguration : IEntityTypeConfiguration<PartnerKey>
{
    public void Configure(EntityTypeBuilder<PartnerKey> builder)
    {
        builder.ToTable("PartnerKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.EditionId).HasMaxLength(20);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.CreatedBy).HasMaxLength(200);
        builder.Ignore(k => k.IsActive);
    }
}

public sealed class VoteQuarantineConfiguration : IEntityTypeConfiguration<VoteQuarantine>
{
    public void Configure(EntityTypeBuilder<VoteQuarantine> builder)
    {
        builder.ToTable("VoteQuarantines");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.EditionId).HasMaxLength(20);
        builder.Property(q => q.Reason).HasMaxLength(1000);
        builder.Property(q => q.FilterJson).HasMaxLength(2000);
        builder.Property(q => q.CreatedBy).HasMaxLength(200);
        builder.Property(q => q.ReleasedBy).HasMaxLength(200);
        builder.Property(q => q.ReleaseReason).HasMaxLength(1000);
        builder.HasIndex(q => q.EditionId);
    }
}

public sealed class VoterCodeConfiguration : IEntityTypeConfiguration<VoterCode>
{
    public void Configure(EntityTypeBuilder<VoterCode> builder)
    {
        builder.ToTable("VoterCodes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.Address).HasMaxLength(254);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.Network).HasMaxLength(64);
        builder.HasIndex(c => new { c.Address, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.Network, c.CreatedAtUtc });
    }
}
