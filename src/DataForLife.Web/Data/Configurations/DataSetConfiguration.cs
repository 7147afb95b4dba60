using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class DataSetConfiguration : IEntityTypeConfiguration<DataSet>
{
    public void Configure(EntityTypeBuilder<DataSet> builder)
    {
        builder.ToTable("DataSets");
        builder.HasKey(d => d.Id);
        builder.HasOne<Edition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.EditionId).HasMaxLength(20);
        builder.Property(d => d.Slug).HasMaxLength(DataSetRules.MaxSlug);
        builder.Property(d => d.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.NameVi).HasMaxLength(DataSetRules.MaxName);
        builder.Property(d => d.NameEn).HasMaxLength(DataSetRules.MaxName);
        builder.Property(d => d.DescriptionVi).HasMaxLength(DataSetRules.MaxDescription);
        builder.Property(d => d.DescriptionEn).HasMaxLength(DataSetRules.MaxDescription);
        builder.Property(d => d.Categories).HasMaxLength(200);
        builder.Property(d => d.Topics).HasMaxLength(400);
        foreach (var text in new[] { nameof(DataSet.FormatsVi), nameof(DataSet.FormatsEn), nameof(DataSet.LicenceVi), nameof(DataSet.LicenceEn),
            nameof(DataSet.SizeVi), nameof(DataSet.SizeEn), nameof(DataSet.AccessVi), nameof(DataSet.AccessEn) })
        {
            builder.Property(text).HasMaxLength(DataSetRules.MaxShortText);
        }

        builder.Property(d => d.NotesVi).HasMaxLength(DataSetRules.MaxNotes);
        builder.Property(d => d.NotesEn).HasMaxLength(DataSetRules.MaxNotes);
        builder.Property(d => d.SourceUrl).HasMaxLength(DataSetRules.MaxUrl);
        builder.Property(d => d.LabelsStorageKey).HasMaxLength(32);
        builder.Property(d => d.LabelsVersion).HasMaxLength(40);
        builder.Property(d => d.Version).IsConcurrencyToken();

        // One address per data set within an edition.
        builder.HasIndex(d => new { d.EditionId, d.Slug }).IsUnique();

        builder.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DataSetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Files).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.AcceptsPredictions);
        builder.Ignore(d => d.Name);
        builder.Ignore(d => d.Description);
        builder.Ignore(d => d.Formats);
        builder.Ignore(d => d.Licence);
        builder.Ignore(d => d.Size);
        builder.Ignore(d => d.Access);
        builder.Ignore(d => d.Notes);
        builder.Ignore(d => d.CategoryCodes);
        builder.Ignore(d => d.TopicCodes);
    }
}
