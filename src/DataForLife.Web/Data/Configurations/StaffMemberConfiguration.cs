using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Edition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.EditionId).HasMaxLength(20);
        builder.Property(s => s.Body).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Position).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Group).HasMaxLength(40);
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.NameKey).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.IdentityNumber).HasMaxLength(20);
        builder.Property(s => s.Organisation).HasMaxLength(200);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Expertise).HasMaxLength(1000).HasDefaultValue(string.Empty);
        builder.Ignore(s => s.ExpertiseTags);
        builder.Ignore(s => s.Judges);
        builder.HasIndex(s => new { s.EditionId, s.Body });
        builder.HasIndex(s => s.UserId);
    }
}
