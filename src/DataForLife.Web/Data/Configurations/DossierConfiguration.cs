using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasOne<Team>().WithOne().HasForeignKey<Dossier>(d => d.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.EditionId).HasMaxLength(20);
        builder.Property(d => d.ExtensionReason).HasMaxLength(2000);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasIndex(d => d.TeamId).IsUnique();
        builder.HasIndex(d => d.EditionId);
    }
}
