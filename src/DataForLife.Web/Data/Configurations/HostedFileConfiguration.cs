using DataForLife.Web.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class HostedFileConfiguration : IEntityTypeConfiguration<HostedFile>
{
    public void Configure(EntityTypeBuilder<HostedFile> builder)
    {
        builder.ToTable("HostedFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.FileName).HasMaxLength(120);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StorageKey).HasMaxLength(32);
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(f => f.DataSetId);
    }
}
