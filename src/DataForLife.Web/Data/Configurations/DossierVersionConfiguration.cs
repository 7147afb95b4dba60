using DataForLife.Web.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class DossierVersionConfiguration : IEntityTypeConfiguration<DossierVersion>
{
    public void Configure(EntityTypeBuilder<DossierVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DossierId, v.Number }).IsUnique();
        builder.OwnsOne(v => v.Text, text =>
        {
            text.Property(t => t.Why).HasColumnName("Why");
            text.Property(t => t.How).HasColumnName("How");
            text.Property(t => t.Highlights).HasColumnName("Highlights");
            text.Property(t => t.Results).HasColumnName("Results");
            text.Property(t => t.DataSets).HasColumnName("DataSets");
            text.Property(t => t.Roles).HasColumnName("Roles");
            text.Property(t => t.VideoUrl).HasColumnName("VideoUrl").HasMaxLength(500);
            text.Property(t => t.CatalogueSlugs).HasColumnName("CatalogueSlugs").HasMaxLength(2000).HasDefaultValue(string.Empty);
            text.Ignore(t => t.CatalogueSlugList);
        });
        builder.Navigation(v => v.Text).IsRequired();
        builder.OwnsOne(v => v.Commitment, commitment =>
        {
            commitment.Property(c => c.AcceptedByName).HasColumnName("CommitmentName").HasMaxLength(200);
            commitment.Property(c => c.AcceptedAtUtc).HasColumnName("CommitmentAtUtc");
            commitment.Property(c => c.FromAddress).HasColumnName("CommitmentAddress").HasMaxLength(64);
            commitment.Property(c => c.DeclarationHash).HasColumnName("DeclarationHash").HasMaxLength(64);
        });
        builder.Property(v => v.FileIds).HasMaxLength(1000);
        builder.Property(v => v.SavedByUserId).HasMaxLength(450);
        builder.Property(v => v.SavedByName).HasMaxLength(200);
        builder.Property(v => v.Checksum).HasMaxLength(64);
        builder.Ignore(v => v.FileIdList);
    }
}
