using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Serial).HasMaxLength(32);
        builder.Property(c => c.EditionId).HasMaxLength(20);
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AwardVi).HasMaxLength(200);
        builder.Property(c => c.AwardEn).HasMaxLength(200);
        builder.Property(c => c.RevocationReason).HasMaxLength(1000);
        builder.Property(c => c.Replaces).HasMaxLength(32);
        builder.Ignore(c => c.Award);
        builder.Ignore(c => c.IsRevoked);
        builder.HasIndex(c => c.Serial).IsUnique();
        builder.HasIndex(c => new { c.EditionId, c.TeamId });
    }
}
