using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class DataTopicConfiguration : IEntityTypeConfiguration<DataTopic>
{
    public void Configure(EntityTypeBuilder<DataTopic> builder)
    {
        builder.ToTable("DataTopics");
        builder.HasKey(t => new { t.EditionId, t.Code });
        builder.HasOne<Edition>().WithMany().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.EditionId).HasMaxLength(20);
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.NameVi).HasMaxLength(200);
        builder.Property(t => t.NameEn).HasMaxLength(200);
        builder.Ignore(t => t.Name);
    }
}
