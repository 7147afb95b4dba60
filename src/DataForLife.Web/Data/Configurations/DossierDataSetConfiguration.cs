using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class DossierDataSetConfiguration : IEntityTypeConfiguration<DossierDataSet>
{
    public void Configure(EntityTypeBuilder<DossierDataSet> builder)
    {
        builder.ToTable("DossierDataSets");
        builder.HasKey(l => new { l.DossierId, l.DataSetId });
        builder.HasIndex(l => l.DataSetId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(l => l.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DataSet>().WithMany().HasForeignKey(l => l.DataSetId).OnDelete(DeleteBehavior.Cascade);
    }
}
