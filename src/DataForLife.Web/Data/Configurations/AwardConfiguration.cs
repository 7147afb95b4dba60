using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

/// <summary>One award per team and edition.</summary>
public sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.EditionId).HasMaxLength(20);
        builder.Property(a => a.PrizeCode).HasMaxLength(40);
        builder.Property(a => a.PrizeNameVi).HasMaxLength(200);
        builder.Property(a => a.PrizeNameEn).HasMaxLength(200);
        builder.Ignore(a => a.PrizeName);
        builder.HasIndex(a => new { a.EditionId, a.TeamId }).IsUnique();
    }
}
