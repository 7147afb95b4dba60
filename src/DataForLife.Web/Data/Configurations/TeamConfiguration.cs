using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Edition>().WithMany().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.EditionId).HasMaxLength(20);
        builder.Property(t => t.PublicCode).HasMaxLength(20);
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.NameKey).HasMaxLength(120);
        builder.Property(t => t.IdeaName).HasMaxLength(200);
        builder.Property(t => t.Categories).HasMaxLength(200);
        builder.Property(t => t.Abstract).HasMaxLength(4000);
        builder.Property(t => t.OverrideReason).HasMaxLength(2000);
        builder.Property(t => t.ComputedStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.OverrideStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // Names are unique per edition ignoring case and diacritics; codes and sequence numbers are unique per edition.
        builder.HasIndex(t => new { t.EditionId, t.NameKey }).IsUnique();
        builder.HasIndex(t => new { t.EditionId, t.Sequence }).IsUnique();
        builder.HasIndex(t => t.PublicCode).IsUnique();
        builder.HasIndex(t => new { t.EditionId, t.Status });

        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.CategoryCodes);
        builder.Ignore(t => t.Leader);
    }
}
