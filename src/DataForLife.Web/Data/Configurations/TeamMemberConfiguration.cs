using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.EditionId).HasMaxLength(20);
        builder.Property(m => m.Role).HasMaxLength(300);
        builder.Property(m => m.PersonKey).HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Reasons).HasMaxLength(400);
        builder.Property(m => m.MatchedBodies).HasMaxLength(200);
        builder.Ignore(m => m.ReasonList);
        builder.Ignore(m => m.Result);

        // One person belongs to at most one team per edition.
        builder.HasIndex(m => new { m.EditionId, m.UserId }).IsUnique();

        // ... and one person (identity document) too, whatever the account.
        builder.HasIndex(m => new { m.EditionId, m.PersonKey }).IsUnique().HasFilter("\"PersonKey\" IS NOT NULL");
    }
}
